'use strict';
/*
 * s3rver on its own thread (started by s3.ts), with the SigV4 check that s3rver 3 skips: it
 * accepts any V4 signature, so a presigned URL bound nothing locally (another key, type or
 * length, a forged signature: all stored). Plain JavaScript, so that the same file runs under
 * ts-node, Jest and dist.
 *
 * Checked here: header-signed and presigned (query) V4 requests, over the method, path, query
 * and every signed header (a presigned PUT signs content-type and content-length). The payload
 * hash is taken as the client declares it (x-amz-content-sha256, or UNSIGNED-PAYLOAD), as
 * s3rver stores bytes without hashing them twice. Expiry and clock skew stay s3rver's checks.
 */
const { createHash, createHmac, timingSafeEqual } = require('node:crypto');
const { parentPort, workerData } = require('node:worker_threads');

const S3rver = require(workerData.s3rver);
const S3Error = require(workerData.s3rverError);
/** Access key id → secret. */
const secrets = new Map(Object.entries(workerData.secrets));

/** RFC 3986 encoding, as SigV4 wants it. */
const encode = (s) =>
  encodeURIComponent(s).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
const decode = (s) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};
const hmac = (key, data) => createHmac('sha256', key).update(data, 'utf8').digest();

function headerValue(req, name) {
  const value = req.headers[name];
  if (value === undefined) return '';
  return (Array.isArray(value) ? value.join(',') : String(value)).trim().replace(/\s+/g, ' ');
}

function refuse(detail) {
  return new S3Error(
    'SignatureDoesNotMatch',
    'The request signature we calculated does not match the signature you provided. ' +
      'Check your key and signing method.',
    detail,
  );
}

/** null when the request carries no V4 signature of a known key (s3rver decides), else the check's error or true. */
function checkSignatureV4(req) {
  // CORS preflights carry no credentials, on S3 too.
  if (req.method === 'OPTIONS') return null;
  const at = req.url.indexOf('?');
  const path = at < 0 ? req.url : req.url.slice(0, at);
  const query = (at < 0 ? '' : req.url.slice(at + 1))
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const eq = pair.indexOf('=');
      return eq < 0 ? [decode(pair), ''] : [decode(pair.slice(0, eq)), decode(pair.slice(eq + 1))];
    });
  const param = (name) => query.find(([k]) => k === name)?.[1];
  let credential, signedHeaders, signature, date, payloadHash, signedQuery;
  if (param('X-Amz-Algorithm') !== undefined) {
    credential = param('X-Amz-Credential');
    signedHeaders = param('X-Amz-SignedHeaders');
    signature = param('X-Amz-Signature');
    date = param('X-Amz-Date');
    payloadHash = param('X-Amz-Content-Sha256') ?? 'UNSIGNED-PAYLOAD';
    signedQuery = query.filter(([k]) => k !== 'X-Amz-Signature');
  } else if (/^AWS4-HMAC-SHA256 /.test(headerValue(req, 'authorization'))) {
    const parts = Object.fromEntries(
      headerValue(req, 'authorization')
        .slice('AWS4-HMAC-SHA256 '.length)
        .split(',')
        .map((p) => p.trim().split('=')),
    );
    ({ Credential: credential, SignedHeaders: signedHeaders, Signature: signature } = parts);
    date = headerValue(req, 'x-amz-date');
    payloadHash = headerValue(req, 'x-amz-content-sha256');
    signedQuery = query;
  } else {
    return null;
  }
  if (!credential || !signedHeaders || !signature || !date) return null;
  const [accessKeyId, day, region, service, terminator] = credential.split('/');
  const secret = secrets.get(accessKeyId);
  if (secret === undefined) return null;
  const canonicalQuery = signedQuery
    .map(([k, v]) => [encode(k), encode(v)])
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const names = signedHeaders.split(';');
  const canonicalRequest = [
    req.method,
    path,
    canonicalQuery,
    names.map((name) => `${name}:${headerValue(req, name)}\n`).join(''),
    signedHeaders,
    payloadHash,
  ].join('\n');
  const scope = [day, region, service, terminator].join('/');
  const stringToSign = [
    'AWS4-HMAC-SHA256',
    date,
    scope,
    createHash('sha256').update(canonicalRequest, 'utf8').digest('hex'),
  ].join('\n');
  const key = [day, region, service, terminator].reduce(hmac, `AWS4${secret}`);
  const expected = hmac(key, stringToSign);
  const given = Buffer.from(signature, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return refuse({ AWSAccessKeyId: accessKeyId, StringToSign: stringToSign });
  return true;
}

const server = new S3rver(workerData.options);
// After s3rver's logger, before its routes; its context.onerror answers the S3 error XML.
server.middleware.splice(1, 0, (ctx, next) => {
  const checked = checkSignatureV4(ctx.req);
  if (checked instanceof Error) throw checked;
  return next();
});
server.run().then(
  (address) => parentPort.postMessage({ port: address.port }),
  (e) => parentPort.postMessage({ error: String((e && e.stack) || e) }),
);
parentPort.on('message', () => server.close().finally(() => parentPort.close()));
