import ipaddr from 'ipaddr.js';

import { SafeHttpError } from './safe-http-error';

/** What an IP address is, as far as outbound fetching is concerned. */
export interface AddressClassification {
  /** Canonical form; IPv4-mapped and IPv4-translated IPv6 are reduced to plain IPv4. */
  address: string;
  /** ipaddr.js range name ('unicast', 'loopback', 'private'…), 'invalid', or '<v6 range>:<v4 range>'
   *  for 6to4/NAT64 embeddings. */
  range: string;
  /** True only for globally routable unicast destinations. */
  isPublic: boolean;
}

type ParsedAddress = ipaddr.IPv4 | ipaddr.IPv6;

function embeddedIPv4(address: ipaddr.IPv6, range: string): ipaddr.IPv4 | undefined {
  const bytes = address.toByteArray();
  switch (range) {
    case 'ipv4Mapped':
    case 'rfc6145':
      return new ipaddr.IPv4(bytes.slice(12, 16));
    case 'rfc6052':
      // Only the well-known /96 prefix embeds the target in the last 32 bits; 64:ff9b:1::/48 is
      // operator-local and stays blocked.
      return bytes.slice(4, 12).every((b) => b === 0)
        ? new ipaddr.IPv4(bytes.slice(12, 16))
        : undefined;
    case '6to4':
      return new ipaddr.IPv4(bytes.slice(2, 6));
    default:
      return undefined;
  }
}

function parse(address: string): ParsedAddress | undefined {
  try {
    return ipaddr.parse(address.startsWith('[') ? address.slice(1, -1) : address);
  } catch {
    return undefined;
  }
}

/** Classifies an IP literal. Anything that is not plain global unicast is non-public. */
export function classifyAddress(address: string): AddressClassification {
  const parsed = parse(address);
  if (parsed === undefined) return { address, range: 'invalid', isPublic: false };
  if (parsed.kind() === 'ipv4') {
    const range = parsed.range();
    return { address: parsed.toString(), range, isPublic: range === 'unicast' };
  }
  const v6 = parsed as ipaddr.IPv6;
  const range = v6.range();
  if (range === 'ipv4Mapped' || range === 'rfc6145') {
    // The kernel routes these to the IPv4 address itself: classify that address.
    return classifyAddress(embeddedIPv4(v6, range)?.toString() ?? '');
  }
  const embedded = embeddedIPv4(v6, range);
  if (embedded !== undefined) {
    const inner = embedded.range();
    return {
      address: v6.toNormalizedString(),
      range: inner === 'unicast' ? range : `${range}:${inner}`,
      isPublic: inner === 'unicast',
    };
  }
  return { address: v6.toNormalizedString(), range, isPublic: range === 'unicast' };
}

export interface AddressPolicyOptions {
  /** IPs or CIDRs that may be reached although non-public (e.g. ['127.0.0.1'] for local demos). */
  allowedAddresses?: readonly string[];
  /** Hostnames whose connections may go to non-public addresses (e.g. a compose service name). */
  allowedPrivateHosts?: readonly string[];
}

/** Decides whether a destination may be contacted; the default allows public unicast only. */
export class AddressPolicy {
  private readonly ranges: readonly [ParsedAddress, number][];
  private readonly hosts: ReadonlySet<string>;

  constructor(options: AddressPolicyOptions = {}) {
    this.ranges = (options.allowedAddresses ?? []).map(toRange);
    this.hosts = new Set((options.allowedPrivateHosts ?? []).map((h) => h.toLowerCase()));
  }

  isAllowed(address: string, hostname?: string): boolean {
    const classification = classifyAddress(address);
    if (classification.isPublic) return true;
    if (hostname !== undefined && this.hosts.has(hostname.toLowerCase())) return true;
    const parsed = parse(classification.address);
    if (parsed === undefined) return false;
    return this.ranges.some(
      ([network, bits]) => network.kind() === parsed.kind() && parsed.match(network, bits),
    );
  }

  /** Throws a 'blocked-address' SafeHttpError unless the address may be contacted. */
  assertAllowed(address: string | undefined, hostname: string, url?: string): void {
    if (address !== undefined && this.isAllowed(address, hostname)) return;
    const range = address === undefined ? 'unknown' : classifyAddress(address).range;
    throw new SafeHttpError(
      'blocked-address',
      `Refusing to contact ${hostname} at ${address ?? 'an unknown address'} (${range})`,
      url === undefined ? {} : { url },
    );
  }
}

function toRange(entry: string): [ParsedAddress, number] {
  if (entry.includes('/')) return ipaddr.parseCIDR(entry);
  const parsed = ipaddr.process(entry);
  return [parsed, parsed.kind() === 'ipv4' ? 32 : 128];
}
