import { BlockList, isIP } from 'node:net';

/** Addresses a webhook may never reach unless WEBHOOKS_ALLOW_PRIVATE (RFC 6890 special use). */
const SPECIAL = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  SPECIAL.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001::', 32],
  ['2001:db8::', 32],
  ['2002::', 16],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  SPECIAL.addSubnet(net, prefix, 'ipv6');
}
const GLOBAL_UNICAST_V6 = new BlockList();
GLOBAL_UNICAST_V6.addSubnet('2000::', 3, 'ipv6');

/** The IPv4 address inside an IPv4-mapped IPv6 one (`::ffff:10.0.0.1`), if it is one. */
function mappedV4(address: string): string | undefined {
  const m = /^::ffff:(?:0:)?(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (m) return m[1];
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!hex) return undefined;
  const hi = parseInt(hex[1], 16);
  const lo = parseInt(hex[2], 16);
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
}

/** True for a globally routable unicast address (what a webhook may be delivered to). */
export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const v4 = mappedV4(bare);
  if (v4) return isPublicAddress(v4);
  const family = isIP(bare);
  if (family === 4) return !SPECIAL.check(bare, 'ipv4');
  if (family === 6) return GLOBAL_UNICAST_V6.check(bare, 'ipv6') && !SPECIAL.check(bare, 'ipv6');
  return false;
}

/**
 * Checks a webhook URL when it is registered: https (http only when private targets are
 * allowed), no credentials, and no literal private address or localhost name. The address
 * a name resolves to is checked again at every delivery.
 */
export function webhookUrlProblem(raw: string, allowPrivate: boolean): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'url must be an absolute URL';
  }
  if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:')) {
    return allowPrivate ? 'url must use http or https' : 'url must use https';
  }
  if (url.username || url.password) return 'url must not contain credentials';
  if (url.hash) return 'url must not contain a fragment';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!host) return 'url must name a host';
  if (allowPrivate) return undefined;
  // An address literal (IPv4, or IPv6 in brackets) is judged by its address alone.
  if (isIP(host)) return isPublicAddress(host) ? undefined : 'url must point to a public address';
  if (host === 'localhost' || host.endsWith('.localhost') || !host.includes('.')) {
    return 'url must point to a public host name';
  }
  return undefined;
}
