import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/**
 * Which addresses web capture may connect to. A saved page decides which image URLs we fetch,
 * so without this a page could make Lectern send GET requests to the user's router, a local
 * dev server or a cloud metadata endpoint. The check runs on the resolved address (inside the
 * socket's DNS lookup), so a name that resolves to 127.0.0.1 is caught as well as a literal.
 */
const special = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  special.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  special.addSubnet(net, prefix, 'ipv6');
}

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

/** True for loopback, private, link-local, multicast and other non-public addresses. */
export function isSpecialAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return special.check(address, 'ipv4');
  if (family !== 6) return false;
  // Mapped, compatible, NAT64 and 6to4 addresses reach the IPv4 address they embed.
  const ipv4 = embeddedIpv4(address);
  if (ipv4 !== null && special.check(ipv4, 'ipv4')) return true;
  return special.check(address, 'ipv6');
}

/** Thrown inside the lookup when every address of a host is off limits. */
class BlockedAddressError extends Error {
  readonly code = 'LECTERN_BLOCKED_ADDRESS';
  constructor(host: string) {
    super(`${host} resolves to a local or private address`);
  }
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;
/** The shape of dns.lookup as http.request calls it. */
export type LookupFunction = (hostname: string, options: LookupOptions, callback: LookupCallback) => void;

/** Wraps a resolver (dns.lookup by default) so that it refuses special addresses. */
export function createGuardedLookup(resolve: LookupFunction = dnsLookup as unknown as LookupFunction): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (error, result) => {
      if (error) return callback(error, []);
      const addresses = typeof result === 'string' ? [{ address: result, family: 4 }] : result;
      const allowed = addresses.filter((entry) => !isSpecialAddress(entry.address));
      if (allowed.length === 0) return callback(new BlockedAddressError(hostname), []);
      if (options.all) return callback(null, allowed);
      const first = allowed[0]!;
      callback(null, first.address, first.family);
    });
  };
}

/** True when the URL's host is an IP literal (or bracketed IPv6) in a special range. */
export function isSpecialLiteral(url: URL): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return isIP(host) !== 0 && isSpecialAddress(host);
}
