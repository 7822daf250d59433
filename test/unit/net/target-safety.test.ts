import { parseCidrList } from '../../../src/net/cidr';
import { internalAddressKind, TargetPolicy } from '../../../src/net/target-safety';

describe('internal address detection', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.5.4', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['224.0.0.1', 'multicast'],
    ['0.0.0.0', 'unspecified/"this network"'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fd00::1', 'unique local (ULA)'],
    ['fe80::1', 'link-local'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    // IPv6 forms that carry an internal IPv4 address, as the URL parser normalises them.
    ['::7f00:1', 'IPv4-compatible (deprecated)'],
    ['::ffff:0:7f00:1', 'loopback (IPv4-translated of 127.0.0.1)'],
    ['64:ff9b::a9fe:a9fe', 'link-local (NAT64 of 169.254.169.254)'],
    ['2002:a00:1::1', 'private (6to4 of 10.0.0.1)'],
    ['2001:0:7f00:1::', 'loopback (Teredo server of 127.0.0.1)'],
    ['2001:0:808:808::f5ff:fffe', 'private (Teredo client of 10.0.0.1)'],
    ['64:ff9b:1::1', 'local-use NAT64'],
    ['fe80::1%eth0', 'link-local'],
    ['not-an-ip', 'not an IP address'],
  ])('%s is %s', (address, kind) => {
    expect(internalAddressKind(address)).toBe(kind);
  });

  it.each(['8.8.8.8', '1.1.1.1', '2606:4700:4700::1111', '::ffff:8.8.8.8', '172.32.0.1', '100.128.0.1', '64:ff9b::808:808', '2002:808:808::1'])('%s is public', (address) => {
    expect(internalAddressKind(address)).toBeUndefined();
  });
});

describe('target policy', () => {
  it('refuses internal addresses with a reason and allows public ones', () => {
    const policy = new TargetPolicy([]);
    expect(policy.refusal('127.0.0.1')).toBe('127.0.0.1 is a loopback address');
    expect(policy.refusal('8.8.8.8')).toBeUndefined();
  });

  it('lets the allow-list open internal ranges, including their IPv4-mapped form', () => {
    const policy = new TargetPolicy(parseCidrList('127.0.0.0/8, 10.0.0.0/8'));
    expect(policy.refusal('127.0.0.1')).toBeUndefined();
    expect(policy.refusal('::ffff:127.0.0.1')).toBeUndefined();
    expect(policy.refusal('10.9.9.9')).toBeUndefined();
    expect(policy.refusal('192.168.0.1')).toMatch(/private/);
    expect(policy.refusal('::1')).toMatch(/loopback/);
    expect(policy.refusal('64:ff9b::a00:1')).toBeUndefined();
    expect(policy.refusal('64:ff9b::a9fe:a9fe')).toBe('64:ff9b::a9fe:a9fe is a link-local (NAT64 of 169.254.169.254) address');
  });
});
