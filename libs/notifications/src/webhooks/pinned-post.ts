import { lookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isPublicAddress } from './public-address';

export class DeliveryError extends Error {
  /** Permanent: trying again cannot help (the delivery fails at once). */
  constructor(
    message: string,
    readonly permanent = false,
  ) {
    super(message);
  }
}

/**
 * Resolves the host once, refuses it if any address is not public (unless private targets
 * are allowed), and connects to exactly the address it checked: a DNS answer that changes
 * between the check and the connection (rebinding) cannot redirect the request.
 */
async function checkedAddress(
  hostname: string,
  allowPrivate: boolean,
): Promise<{ address: string; family: number }> {
  const host = hostname.replace(/^\[|\]$/g, '');
  let addresses: Array<{ address: string; family: number }>;
  try {
    addresses = await lookup(host, { all: true, verbatim: true });
  } catch (e) {
    throw new DeliveryError(`cannot resolve ${host}: ${(e as Error).message}`);
  }
  if (addresses.length === 0) throw new DeliveryError(`cannot resolve ${host}`);
  if (!allowPrivate) {
    const bad = addresses.find((a) => !isPublicAddress(a.address));
    if (bad) throw new DeliveryError(`${host} resolves to a non-public address`, true);
  }
  return addresses[0];
}

/**
 * POSTs a body to a URL: pinned to the checked address, no redirects followed (a 3xx is a
 * failure), the response body discarded, and the whole exchange bounded by `timeoutMs`.
 */
export async function pinnedPost(
  rawUrl: string,
  body: string,
  headers: Record<string, string>,
  options: { timeoutMs: number; allowPrivate: boolean },
): Promise<number> {
  const url = new URL(rawUrl);
  if (url.protocol !== 'https:' && !(options.allowPrivate && url.protocol === 'http:')) {
    throw new DeliveryError(`refusing ${url.protocol} URL`, true);
  }
  const { address, family } = await checkedAddress(url.hostname, options.allowPrivate);
  const pinned: LookupFunction = (_host, opts, callback) => {
    if ((opts as { all?: boolean }).all) {
      (callback as unknown as (e: null, a: Array<{ address: string; family: number }>) => void)(
        null,
        [{ address, family }],
      );
    } else {
      callback(null, address, family);
    }
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<number>((resolve, reject) => {
    const req = client.request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup: pinned,
        agent: false,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    const timer = setTimeout(
      () => req.destroy(new DeliveryError(`no answer within ${options.timeoutMs} ms`)),
      options.timeoutMs,
    );
    req.on('close', () => clearTimeout(timer));
    req.on('error', (e) =>
      reject(e instanceof DeliveryError ? e : new DeliveryError(`request failed: ${e.message}`)),
    );
    req.end(body);
  });
}
