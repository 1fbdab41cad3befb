import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/**
 * Which addresses web capture may connect to, after the browser's own rule (Private Network Access):
 * places are ordered public < private (the local network) < local (this computer), and a request may reach
 * a place only as private as its reach. A page the reader names may be anywhere (reach 'local'); what a
 * page leads to (its redirects, its pictures) may go no further in than the page itself was; cloud
 * metadata endpoints are never reached at all. The check runs on the resolved address (inside the
 * socket's DNS lookup) and again on the address actually connected, so a name that resolves to
 * 127.0.0.1 is caught as well as a literal, and a reused connection as well as a new one.
 */
export type AddressSpace = 'public' | 'private' | 'local';

/** Where an address is: one of the spaces, or 'never' for cloud metadata services, multicast and reserved ranges. */
type AddressClass = AddressSpace | 'never';

const RANK: Record<AddressSpace, number> = { public: 0, private: 1, local: 2 };

function blockList(v4: readonly (readonly [string, number])[], v6: readonly (readonly [string, number])[]): BlockList {
  const list = new BlockList();
  for (const [net, prefix] of v4) list.addSubnet(net, prefix, 'ipv4');
  for (const [net, prefix] of v6) list.addSubnet(net, prefix, 'ipv6');
  return list;
}

// Link-local 169.254/16 holds the metadata services of AWS, GCP, Azure, Oracle, DigitalOcean and OpenStack
// (169.254.169.254, ECS's 169.254.170.2); Alibaba's is 100.100.100.200, Azure's WireServer 168.63.129.16,
// AWS's IPv6 one fd00:ec2::254. None is a page anyone saves.
const NEVER = blockList(
  [['169.254.0.0', 16], ['100.100.100.200', 32], ['168.63.129.16', 32], ['224.0.0.0', 4], ['240.0.0.0', 4]],
  [['fd00:ec2::254', 128], ['ff00::', 8]],
);
// 0.0.0.0 and :: connect to this computer on Linux and macOS.
const LOCAL = blockList([['127.0.0.0', 8], ['0.0.0.0', 8]], [['::1', 128], ['::', 128]]);
const PRIVATE = blockList(
  [['10.0.0.0', 8], ['100.64.0.0', 10], ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15]],
  [['fc00::', 7], ['fe80::', 10], ['fec0::', 10]],
);

/** Names of metadata services that resolve to them inside a cloud (refused before any lookup). */
const METADATA_HOSTS = new Set(['metadata.google.internal', 'metadata.goog', 'metadata', 'instance-data', 'instance-data.ec2.internal']);

/** The eight 16-bit groups of an IPv6 address (a trailing dotted quad counts as two). */
function ipv6Groups(address: string): number[] {
  let text = address.toLowerCase();
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (quad) {
    const [a, b, c, d] = quad.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, quad.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array(8 - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right].map((group) => parseInt(group, 16));
}

/** The IPv4 address an IPv6 one carries inside it, for the ranges that reach IPv4 hosts. */
function embeddedIpv4(address: string): string | null {
  const g = ipv6Groups(address);
  if (g.length !== 8 || g.some((n) => Number.isNaN(n))) return null;
  const quad = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  const zeroPrefix = g.slice(0, 5).every((n) => n === 0);
  if (zeroPrefix && (g[5] === 0xffff || g[5] === 0)) return quad(g[6]!, g[7]!); // ::ffff:a.b.c.d and ::a.b.c.d
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((n) => n === 0)) return quad(g[6]!, g[7]!); // NAT64
  if (g[0] === 0x2002) return quad(g[1]!, g[2]!); // 6to4
  return null;
}

function classifyFamily(address: string, family: 'ipv4' | 'ipv6'): AddressClass {
  if (NEVER.check(address, family)) return 'never';
  if (LOCAL.check(address, family)) return 'local';
  if (PRIVATE.check(address, family)) return 'private';
  return 'public';
}

/** Where an IP address is; anything that is not an IP address counts as public. */
export function classifyAddress(address: string): AddressClass {
  const family = isIP(address);
  if (family === 4) return classifyFamily(address, 'ipv4');
  if (family !== 6) return 'public';
  // Mapped, compatible, NAT64 and 6to4 addresses reach the IPv4 address they embed.
  const ipv4 = embeddedIpv4(address);
  const inner = ipv4 === null ? 'public' : classifyFamily(ipv4, 'ipv4');
  return inner !== 'public' ? inner : classifyFamily(address, 'ipv6');
}

/** True for loopback, private, link-local, multicast and other non-public addresses. */
export function isSpecialAddress(address: string): boolean {
  return classifyAddress(address) !== 'public';
}

/** True when a request allowed to reach `reach` may connect to an address of this class. */
export function mayReach(reach: AddressSpace, where: AddressClass): boolean {
  return where !== 'never' && RANK[where] <= RANK[reach];
}

/** The less private of two spaces: what a page at `space` may lead to when it was itself reached with `reach`. */
export function narrowerReach(reach: AddressSpace, space: AddressSpace): AddressSpace {
  return RANK[space] < RANK[reach] ? space : reach;
}

/** The host without brackets or a trailing dot, lower-cased. */
function bareHost(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase();
}

/** Thrown (as a lookup or connect error) when the address is out of reach; the message names the host. */
class BlockedAddressError extends Error {
  readonly code = 'LECTERN_BLOCKED_ADDRESS';
  /** 'metadata': never reachable; 'private': out of this request's reach. */
  readonly kind: 'metadata' | 'private';
  constructor(host: string, kind: 'metadata' | 'private') {
    super(kind === 'metadata' ? `${host} is a cloud metadata address` : `${host} resolves to a local or private address`);
    this.kind = kind;
  }
}

/** Refuses a URL before connecting when its host is a metadata name, or an IP literal out of reach. */
export function checkUrlHost(url: URL, reach: AddressSpace): void {
  const host = bareHost(url);
  if (METADATA_HOSTS.has(host)) throw new BlockedAddressError(host, 'metadata');
  if (isIP(host) === 0) return;
  const where = classifyAddress(host);
  if (!mayReach(reach, where)) throw new BlockedAddressError(host, where === 'never' ? 'metadata' : 'private');
}

/** Refuses a connection made to an address out of reach (a kept-alive socket skips the lookup). */
export function checkConnectedAddress(host: string, address: string | undefined, reach: AddressSpace): AddressSpace {
  // A socket that cannot say where it went counts as the open web: the narrowest reach for what follows.
  if (address === undefined) return 'public';
  const where = classifyAddress(address);
  if (!mayReach(reach, where)) throw new BlockedAddressError(host, where === 'never' ? 'metadata' : 'private');
  return where === 'never' ? 'public' : where;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;
/** The shape of dns.lookup as http.request calls it. */
export type LookupFunction = (hostname: string, options: LookupOptions, callback: LookupCallback) => void;

const systemLookup = dnsLookup as unknown as LookupFunction;

/** Wraps a resolver (dns.lookup by default) so that it answers only addresses within reach. */
export function createGuardedLookup(reach: AddressSpace, resolve: LookupFunction = systemLookup): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (error, result) => {
      if (error) return callback(error, []);
      const addresses = typeof result === 'string' ? [{ address: result, family: 4 }] : result;
      const classes = addresses.map((entry) => classifyAddress(entry.address));
      const allowed = addresses.filter((_entry, index) => mayReach(reach, classes[index]!));
      if (allowed.length === 0) {
        const kind = classes.length > 0 && classes.every((where) => where === 'never') ? 'metadata' : 'private';
        return callback(new BlockedAddressError(hostname, kind), []);
      }
      if (options.all) return callback(null, allowed);
      const first = allowed[0]!;
      callback(null, first.address, first.family);
    });
  };
}

const RESOLVE_TIMEOUT_MS = 3_000;

/**
 * The space a page's host is in, for a page Lectern did not fetch itself (sent by the browser extension):
 * the least private of its addresses, and the open web when it cannot be resolved. Only decides how far
 * that page's own pictures may reach.
 */
export async function hostAddressSpace(pageUrl: string, resolve: LookupFunction = systemLookup): Promise<AddressSpace> {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return 'public';
  }
  const host = bareHost(url);
  if (METADATA_HOSTS.has(host)) return 'public';
  const addresses: string[] = isIP(host) !== 0 ? [host] : await new Promise((done) => {
    // A name server that does not answer leaves the page on the open web rather than holding the save.
    const timer = setTimeout(() => done([]), RESOLVE_TIMEOUT_MS);
    resolve(host, { all: true }, (error, result) => {
      clearTimeout(timer);
      done(error || typeof result === 'string' ? [] : result.map((entry) => entry.address));
    });
  });
  const classes = addresses.map(classifyAddress);
  if (classes.length === 0 || classes.some((where) => where === 'public' || where === 'never')) return 'public';
  return classes.includes('private') ? 'private' : 'local';
}
