import ipaddr from 'ipaddr.js';
import type { CidrRange } from './cidr';

type Address = ipaddr.IPv4 | ipaddr.IPv6;
type Range = { cidr: [Address, number]; label: string };

const ranges = (entries: Array<[string, string]>): Range[] => entries.map(([cidr, label]) => ({ cidr: ipaddr.parseCIDR(cidr), label }));

// Addresses no outgoing webhook may reach unless the operator allows them: everything that is not the public
// internet. IPv6 forms that carry an IPv4 address (mapped, translated, NAT64, 6to4, Teredo) are also judged
// by the IPv4 address they carry, so `[64:ff9b::a9fe:a9fe]` is the link-local 169.254.169.254 it reaches.
const INTERNAL_V4 = ranges([
  ['0.0.0.0/8', 'unspecified/"this network"'],
  ['10.0.0.0/8', 'private'],
  ['100.64.0.0/10', 'carrier-grade NAT'],
  ['127.0.0.0/8', 'loopback'],
  ['169.254.0.0/16', 'link-local'],
  ['172.16.0.0/12', 'private'],
  ['192.0.0.0/24', 'IETF protocol assignments'],
  ['192.0.2.0/24', 'documentation'],
  ['192.88.99.0/24', '6to4 relay anycast'],
  ['192.168.0.0/16', 'private'],
  ['198.18.0.0/15', 'benchmarking'],
  ['198.51.100.0/24', 'documentation'],
  ['203.0.113.0/24', 'documentation'],
  ['224.0.0.0/4', 'multicast'],
  ['240.0.0.0/4', 'reserved/broadcast'],
]);

const INTERNAL_V6 = ranges([
  ['::/128', 'unspecified'],
  ['::1/128', 'loopback'],
  // IPv4-compatible addresses (::a.b.c.d) are deprecated (RFC 4291): nothing public uses them.
  ['::/96', 'IPv4-compatible (deprecated)'],
  ['64:ff9b:1::/48', 'local-use NAT64'],
  ['100::/64', 'discard-only'],
  ['2001:db8::/32', 'documentation'],
  ['fc00::/7', 'unique local (ULA)'],
  ['fe80::/10', 'link-local'],
  ['fec0::/10', 'site-local'],
  ['ff00::/8', 'multicast'],
]);

const bytesToIpv4 = (bytes: number[]) => ipaddr.fromByteArray(bytes) as ipaddr.IPv4;

/** The IPv4 addresses an IPv6 address carries, each with the standard that embeds it. */
function embeddedIpv4(address: ipaddr.IPv6): Array<{ ipv4: ipaddr.IPv4; via?: string }> {
  const bytes = address.toByteArray();
  switch (address.range()) {
    case 'ipv4Mapped':
      // ::ffff:a.b.c.d is how a dual-stack socket writes a.b.c.d itself.
      return [{ ipv4: bytesToIpv4(bytes.slice(12)) }];
    case 'rfc6145':
      return [{ ipv4: bytesToIpv4(bytes.slice(12)), via: 'IPv4-translated' }];
    case 'rfc6052':
      return [{ ipv4: bytesToIpv4(bytes.slice(12)), via: 'NAT64' }];
    case '6to4':
      return [{ ipv4: bytesToIpv4(bytes.slice(2, 6)), via: '6to4' }];
    case 'teredo':
      // The server's address as is; the client's obfuscated (every bit inverted).
      return [
        { ipv4: bytesToIpv4(bytes.slice(4, 8)), via: 'Teredo server' },
        { ipv4: bytesToIpv4(bytes.slice(12).map((b) => b ^ 0xff)), via: 'Teredo client' },
      ];
    default:
      return [];
  }
}

// Both casts are safe: the kinds are compared first (ipaddr.js types `match` per address family).
const matches = (address: Address, [network, bits]: [Address, number]) =>
  address.kind() === network.kind() && (address as ipaddr.IPv4).match(network as ipaddr.IPv4, bits);

function rangeOf(address: Address, table: Range[]): string | undefined {
  return table.find(({ cidr }) => matches(address, cidr))?.label;
}

const internalKind = (address: Address) => rangeOf(address, address.kind() === 'ipv4' ? INTERNAL_V4 : INTERNAL_V6);

/** Every address a connection to `address` reaches: itself, and the IPv4 addresses it carries. */
function identities(address: Address): Array<{ address: Address; via?: string }> {
  if (address.kind() === 'ipv4') return [{ address }];
  return [{ address }, ...embeddedIpv4(address as ipaddr.IPv6).map(({ ipv4, via }) => ({ address: ipv4, via }))];
}

function parse(address: string): Address | undefined {
  try {
    return ipaddr.parse(address);
  } catch {
    return undefined;
  }
}

/** Thrown at connect time when a webhook target resolves only to addresses it may not reach. */
export class ForbiddenTargetError extends Error {
  override readonly name = 'ForbiddenTargetError';
  readonly code = 'E_FORBIDDEN_TARGET';
}

/** Decides which resolved addresses outgoing requests may connect to. */
export class TargetPolicy {
  private readonly allowed: Range[];

  constructor(allowNetworks: CidrRange[]) {
    this.allowed = allowNetworks.map((r) => ({ cidr: ipaddr.parseCIDR(`${r.address}/${r.prefix}`), label: 'allowed' }));
  }

  /** Why `address` may not be reached despite the allow-list, or undefined. */
  internalKind(address: string): string | undefined {
    const parsed = parse(address);
    if (!parsed) return 'not an IP address';
    for (const identity of identities(parsed)) {
      const kind = internalKind(identity.address);
      if (!kind || rangeOf(identity.address, this.allowed)) continue;
      return identity.via ? `${kind} (${identity.via} of ${identity.address.toString()})` : kind;
    }
    return undefined;
  }

  /** Undefined when the address may be reached, else the reason it may not. */
  refusal(address: string): string | undefined {
    const kind = this.internalKind(address);
    return kind ? `${address} is a ${kind} address` : undefined;
  }
}

const NOTHING_ALLOWED = new TargetPolicy([]);

/** Why an address is internal ("loopback", "link-local (NAT64 of 169.254.169.254)" …), or undefined for a public address. */
export function internalAddressKind(address: string): string | undefined {
  return NOTHING_ALLOWED.internalKind(address);
}
