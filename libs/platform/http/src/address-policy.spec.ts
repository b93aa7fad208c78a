import { AddressPolicy, classifyAddress } from './address-policy';
import { SafeHttpError } from './safe-http-error';

describe('classifyAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['240.0.0.1', 'reserved'],
    ['192.0.2.10', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'linkLocal'],
    ['fe80::1%eth0', 'linkLocal'],
    ['fc00::1', 'uniqueLocal'],
    ['fd12:3456::1', 'uniqueLocal'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['[::ffff:127.0.0.1]', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:169.254.169.254', 'linkLocal'],
    ['64:ff9b::a00:1', 'rfc6052:private'],
    ['64:ff9b::7f00:1', 'rfc6052:loopback'],
    ['64:ff9b:1::808:808', 'rfc6052'],
    ['2002:7f00:1::1', '6to4:loopback'],
    ['2002:c0a8:101::1', '6to4:private'],
    ['2001::1', 'teredo'],
    ['2001:db8::1', 'reserved'],
    ['not-an-ip', 'invalid'],
    ['', 'invalid'],
  ])('blocks %s as %s', (address, range) => {
    expect(classifyAddress(address)).toMatchObject({ range, isPublic: false });
  });

  it.each([
    '8.8.8.8',
    '93.184.216.34',
    '172.32.0.1',
    '100.128.0.1',
    '2606:4700:4700::1111',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808',
    '2002:808:808::1',
  ])('lets public %s through', (address) => {
    expect(classifyAddress(address).isPublic).toBe(true);
  });

  it('reduces IPv4-mapped IPv6 to the IPv4 address it reaches', () => {
    expect(classifyAddress('::ffff:127.0.0.1')).toEqual({
      address: '127.0.0.1',
      range: 'loopback',
      isPublic: false,
    });
  });
});

describe('AddressPolicy', () => {
  it('allows only public addresses by default', () => {
    const policy = new AddressPolicy();
    expect(policy.isAllowed('8.8.8.8')).toBe(true);
    expect(policy.isAllowed('127.0.0.1')).toBe(false);
    expect(policy.isAllowed('::1', 'localhost')).toBe(false);
  });

  it('lets an allowlisted address through in any spelling of it, and nothing next to it', () => {
    const policy = new AddressPolicy({ allowedAddresses: ['127.0.0.1'] });
    expect(policy.isAllowed('127.0.0.1')).toBe(true);
    expect(policy.isAllowed('::ffff:127.0.0.1')).toBe(true);
    expect(policy.isAllowed('127.0.0.2')).toBe(false);
    expect(policy.isAllowed('::1')).toBe(false);
    expect(policy.isAllowed('169.254.169.254')).toBe(false);
  });

  it('accepts CIDR ranges and IPv6 entries', () => {
    const policy = new AddressPolicy({ allowedAddresses: ['10.0.0.0/8', '::1'] });
    expect(policy.isAllowed('10.200.3.4')).toBe(true);
    expect(policy.isAllowed('11.0.0.1')).toBe(true);
    expect(policy.isAllowed('192.168.0.1')).toBe(false);
    expect(policy.isAllowed('::1')).toBe(true);
  });

  it('lets an allowlisted host reach private addresses, case-insensitively', () => {
    const policy = new AddressPolicy({ allowedPrivateHosts: ['mock-feeds'] });
    expect(policy.isAllowed('172.18.0.5', 'Mock-Feeds')).toBe(true);
    expect(policy.isAllowed('172.18.0.5', 'evil.example')).toBe(false);
  });

  it('throws a typed blocked-address error naming the range', () => {
    const policy = new AddressPolicy();
    const refusal = (address: string | undefined): unknown => {
      try {
        policy.assertAllowed(address, 'metadata', 'http://metadata/');
        return undefined;
      } catch (error) {
        return error;
      }
    };
    expect(refusal('169.254.169.254')).toBeInstanceOf(SafeHttpError);
    expect(refusal('169.254.169.254')).toMatchObject({
      kind: 'blocked-address',
      url: 'http://metadata/',
      message: expect.stringContaining('linkLocal') as string,
    });
    expect(refusal(undefined)).toMatchObject({ kind: 'blocked-address' });
    expect(refusal('8.8.8.8')).toBeUndefined();
  });
});
