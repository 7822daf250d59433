import { BlockList, isIP } from 'node:net';
import { toBlockList, type CidrRange } from './cidr';

// Addresses no outgoing webhook may reach unless the operator allows them: everything that is not the public
// internet. IPv4-mapped IPv6 (::ffff:a.b.c.d) is checked as the IPv4 address it maps to.
const INTERNAL_V4: Array<[string, number, string]> = [
  ['0.0.0.0', 8, 'unspecified/"this network"'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'carrier-grade NAT'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved/broadcast'],
];

const INTERNAL_V6: Array<[string, number, string]> = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['64:ff9b:1::', 48, 'local-use NAT64'],
  ['100::', 64, 'discard-only'],
  ['2001:db8::', 32, 'documentation'],
  ['fc00::', 7, 'unique local (ULA)'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'site-local'],
  ['ff00::', 8, 'multicast'],
];

function rangesOf(entries: Array<[string, number, string]>, family: 'ipv4' | 'ipv6') {
  return entries.map(([address, prefix, label]) => ({ list: toBlockList([{ address, prefix, family }]), label }));
}

const V4_RANGES = rangesOf(INTERNAL_V4, 'ipv4');
const V6_RANGES = rangesOf(INTERNAL_V6, 'ipv6');

/** The IPv4 address an IPv4-mapped (::ffff:a.b.c.d) or IPv4-compatible IPv6 address stands for. */
function embeddedIpv4(address: string): string | undefined {
  const match = /^(?:0{0,4}:){0,5}(?:ffff:)?(\d+\.\d+\.\d+\.\d+)$/i.exec(address) ?? /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!match) return undefined;
  if (match.length === 2) return match[1];
  const hi = parseInt(match[1], 16);
  const lo = parseInt(match[2], 16);
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
}

/** Why an address is internal ("loopback", "private" …), or undefined for a public address. */
export function internalAddressKind(address: string): string | undefined {
  const version = isIP(address);
  if (version === 4) return V4_RANGES.find((r) => r.list.check(address, 'ipv4'))?.label;
  if (version !== 6) return 'not an IP address';
  const mapped = embeddedIpv4(address);
  if (mapped) return internalAddressKind(mapped);
  return V6_RANGES.find((r) => r.list.check(address, 'ipv6'))?.label;
}

/** Thrown at connect time when a webhook target resolves only to addresses it may not reach. */
export class ForbiddenTargetError extends Error {
  override readonly name = 'ForbiddenTargetError';
  readonly code = 'E_FORBIDDEN_TARGET';
}

/** Decides which resolved addresses outgoing requests may connect to. */
export class TargetPolicy {
  private readonly allowed: BlockList;

  constructor(allowNetworks: CidrRange[]) {
    this.allowed = toBlockList(allowNetworks);
  }

  private isAllowed(address: string): boolean {
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (this.allowed.check(address, family)) return true;
    const mapped = family === 'ipv6' ? embeddedIpv4(address) : undefined;
    return mapped !== undefined && this.allowed.check(mapped, 'ipv4');
  }

  /** Undefined when the address may be reached, else the reason it may not. */
  refusal(address: string): string | undefined {
    if (this.isAllowed(address)) return undefined;
    const kind = internalAddressKind(address);
    return kind ? `${address} is a ${kind} address` : undefined;
  }
}
