import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkConnectedAddress, checkUrlHost, classifyAddress, createGuardedLookup, hostAddressSpace, isSpecialAddress, mayReach, narrowerReach, type LookupFunction } from './address-policy.ts';

test('special addresses are recognized, including IPv4 inside IPv6', () => {
  for (const address of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.0.10', '169.254.169.254', '0.0.0.0', '::1', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '100.64.0.1', '::7f00:1', '::127.0.0.1', '64:ff9b::10.0.0.1', '64:ff9b::a9fe:a9fe', '2002:c0a8:1::1', 'fec0::1', '::ffff:7f00:1']) {
    assert.ok(isSpecialAddress(address), address);
  }
  for (const address of ['93.184.216.34', '1.1.1.1', '2606:4700::1111', '::ffff:8.8.8.8', '64:ff9b::5db8:d822', '2002:5db8:d822::1']) assert.ok(!isSpecialAddress(address), address);
});

test('addresses fall into this computer, the local network, the open web, or never', () => {
  const expected: Record<string, string> = {
    '127.0.0.1': 'local', '127.8.9.10': 'local', '0.0.0.0': 'local', '::1': 'local', '::ffff:127.0.0.1': 'local',
    '10.0.0.5': 'private', '192.168.1.1': 'private', '172.31.255.1': 'private', '100.64.3.4': 'private', 'fd12::1': 'private', 'fe80::1': 'private', '::ffff:192.168.0.1': 'private',
    '169.254.169.254': 'never', '169.254.170.2': 'never', 'fd00:ec2::254': 'never', '100.100.100.200': 'never', '168.63.129.16': 'never', '::ffff:169.254.169.254': 'never', '64:ff9b::a9fe:a9fe': 'never', '224.0.0.1': 'never', '255.255.255.255': 'never',
    '93.184.216.34': 'public', '2606:4700::1111': 'public',
  };
  for (const [address, space] of Object.entries(expected)) assert.equal(classifyAddress(address), space, address);
});

test('a reach lets a request go no further in than it says, and metadata never', () => {
  assert.ok(mayReach('local', 'local') && mayReach('local', 'private') && mayReach('local', 'public'));
  assert.ok(mayReach('private', 'private') && !mayReach('private', 'local'));
  assert.ok(mayReach('public', 'public') && !mayReach('public', 'private') && !mayReach('public', 'local'));
  for (const reach of ['public', 'private', 'local'] as const) assert.ok(!mayReach(reach, 'never'), reach);
});

test('a redirect or picture reaches no further in than the page it came from', () => {
  // The reader named an address (reach local) that turned out to be on the open web: what it leads to stays there.
  assert.equal(narrowerReach('local', 'public'), 'public');
  assert.equal(narrowerReach('local', 'private'), 'private');
  assert.equal(narrowerReach('local', 'local'), 'local');
  // A page reached as public can never widen its reach by answering from further in.
  assert.equal(narrowerReach('public', 'local'), 'public');
});

test('metadata names and literals are refused before connecting, whatever the reach', () => {
  const blockedKind = (url: string, reach: 'public' | 'private' | 'local') => {
    try {
      checkUrlHost(new URL(url), reach);
      return null;
    } catch (error) {
      return (error as { kind: string }).kind;
    }
  };
  assert.equal(blockedKind('http://metadata.google.internal/computeMetadata/v1/', 'local'), 'metadata');
  assert.equal(blockedKind('http://169.254.169.254/latest/meta-data/', 'local'), 'metadata');
  assert.equal(blockedKind('http://[fd00:ec2::254]/latest/', 'local'), 'metadata');
  assert.equal(blockedKind('http://127.0.0.1:8080/wiki', 'local'), null, 'a page the reader names may be on this computer');
  assert.equal(blockedKind('http://10.0.0.7/wiki', 'local'), null, 'or on the local network');
  assert.equal(blockedKind('http://127.0.0.1:8080/img.png', 'public'), 'private', 'but not where a public page leads');
  assert.equal(blockedKind('http://[::ffff:192.168.0.1]/', 'public'), 'private');
  assert.equal(blockedKind('http://example.com/', 'public'), null, 'names are checked when they resolve');
});

test('the guarded lookup answers only addresses within reach', async () => {
  const resolveTo = (...addresses: string[]): LookupFunction => (_host, _options, callback) => callback(null, addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })));
  const look = (reach: 'public' | 'private' | 'local', resolve: LookupFunction) =>
    new Promise<{ error: { kind?: string } | null; address: unknown }>((done) => createGuardedLookup(reach, resolve)('host.example', { all: true }, (error, address) => done({ error: error as { kind?: string } | null, address })));
  const mixed = resolveTo('10.0.0.2', '93.184.216.34');
  assert.deepEqual((await look('public', mixed)).address, [{ address: '93.184.216.34', family: 4 }]);
  assert.equal((await look('local', mixed)).error, null);
  assert.equal((await look('public', resolveTo('192.168.1.1'))).error?.kind, 'private');
  assert.equal((await look('local', resolveTo('127.0.0.1'))).error, null);
  assert.equal((await look('local', resolveTo('169.254.169.254'))).error?.kind, 'metadata', 'a name for the metadata service is refused even for a named page');
});

test('a connection that landed out of reach is refused, and says where it landed', () => {
  assert.equal(checkConnectedAddress('wiki.local', '10.1.1.1', 'local'), 'private');
  assert.equal(checkConnectedAddress('news.example', '93.184.216.34', 'local'), 'public');
  assert.equal(checkConnectedAddress('gone', undefined, 'local'), 'public', 'unknown counts as the open web');
  assert.throws(() => checkConnectedAddress('reused.example', '127.0.0.1', 'public'), /local or private/);
  assert.throws(() => checkConnectedAddress('reused.example', '169.254.169.254', 'local'), /metadata/);
});

test('a page the browser sent is placed by its host: the least private of its addresses', async () => {
  const resolveTo = (...addresses: string[]): LookupFunction => (_host, _options, callback) => callback(null, addresses.map((address) => ({ address, family: 4 })));
  const fails: LookupFunction = (_host, _options, callback) => callback(Object.assign(new Error('ENOTFOUND'), { code: 'ENOTFOUND' }), []);
  assert.equal(await hostAddressSpace('http://127.0.0.1:3000/docs'), 'local');
  assert.equal(await hostAddressSpace('http://wiki.corp/page', resolveTo('10.2.3.4')), 'private');
  assert.equal(await hostAddressSpace('https://news.example/a', resolveTo('10.2.3.4', '93.184.216.34')), 'public');
  assert.equal(await hostAddressSpace('https://news.example/a', fails), 'public');
  assert.equal(await hostAddressSpace('http://metadata.google.internal/', resolveTo('169.254.169.254')), 'public');
  const silent: LookupFunction = () => {};
  assert.equal(await hostAddressSpace('http://wiki.corp/page', silent), 'public', 'a silent name server does not hold the save');
});
