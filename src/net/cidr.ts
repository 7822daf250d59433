import ipaddr from 'ipaddr.js';

export interface CidrRange {
  address: string;
  prefix: number;
  family: 'ipv4' | 'ipv6';
}

/** Parses `127.0.0.0/8, ::1/128` into ranges; a bare address is a single-host range. */
export function parseCidrList(value: string): CidrRange[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map(parseCidr);
}

function parseCidr(text: string): CidrRange {
  const [address, prefixText] = text.split('/');
  const version = ipaddr.isValid(address) ? ipaddr.parse(address).kind() : undefined;
  if (!version) throw new Error(`"${text}" is not a CIDR range (expected e.g. 127.0.0.0/8)`);
  const max = version === 'ipv4' ? 32 : 128;
  const prefix = prefixText === undefined ? max : Number(prefixText);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > max) {
    throw new Error(`"${text}" has an invalid prefix length (0-${max})`);
  }
  return { address, prefix, family: version };
}
