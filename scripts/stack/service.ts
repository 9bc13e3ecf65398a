import { existsSync, readFileSync } from 'node:fs';

/** A dependency of Niaz: either one that already answered, or one this process started. */
export interface Service {
  name: string;
  url: string;
  /** true when this code started it; only then does `stop()` do anything. */
  started: boolean;
  /** Where a started service keeps its data. */
  dataDir?: string;
  /** The process id of a started service. */
  pid?: number;
  stop(): Promise<void>;
}

export type Log = (line: string) => void;

/** Options every `ensure…` function takes. */
export interface EnsureOptions {
  /** Data of started services goes under this folder (one subfolder per service). */
  dataDir: string;
  /** Notes such as "initialised a new cluster"; the one-line summary is `describeService`'s. */
  log?: Log;
  /** Where to read DATABASE_URL, REDIS_URL, MEILI_URL, MEILI_MASTER_KEY; default process.env. */
  env?: NodeJS.ProcessEnv;
}

/** A service that was already there: nothing to stop. */
export function existingService(name: string, url: string): Service {
  return { name, url, started: false, stop: async () => undefined };
}

/** "using X at URL" or "started X at URL (data in …)". */
export function describeService(service: Service): string {
  return service.started
    ? `started ${service.name} at ${redactUrl(service.url)}${service.dataDir ? ` (data in ${service.dataDir})` : ''}`
    : `using ${service.name} at ${redactUrl(service.url)}`;
}

/** The URL with its password (if any) replaced by `***`. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (!parsed.password) return url;
    parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}

/** The last `lines` lines of a log file, without terminal colour codes. */
export function logTail(file: string, lines = 15): string {
  if (!existsSync(file)) return '(no log)';
  const text = readFileSync(file, 'utf8')
    // eslint-disable-next-line no-control-regex
    .replace(/\u001b\[[0-9;]*m/g, '')
    .trimEnd();
  return text.split('\n').slice(-lines).join('\n') || '(empty log)';
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Polls `check` every 200 ms until it gives true. Fails after `timeoutMs`, or at once when
 * `failed()` returns a reason (e.g. the process we wait for has exited).
 */
export async function waitUntil(
  check: () => Promise<boolean>,
  opts: { timeoutMs: number; what: string; failed?: () => string | undefined },
): Promise<void> {
  const deadline = Date.now() + opts.timeoutMs;
  for (;;) {
    const reason = opts.failed?.();
    if (reason) throw new Error(`${opts.what} ${reason}`);
    if (await check().catch(() => false)) return;
    if (Date.now() >= deadline)
      throw new Error(`${opts.what} did not answer within ${Math.round(opts.timeoutMs / 1000)} s`);
    await sleep(200);
  }
}
