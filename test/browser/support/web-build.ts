import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
export const WEB_DIST = join(ROOT, 'apps', 'web', 'dist');
const SOURCES = [
  join(ROOT, 'apps', 'web', 'src'),
  join(ROOT, 'apps', 'web', 'index.html'),
  join(ROOT, 'apps', 'web', 'vite.config.mts'),
  join(ROOT, 'libs', 'text', 'src'),
];

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Builds apps/web/dist when it is missing or older than its sources, so `npm test` works on a
 * fresh clone without `npm run build`. A lock directory keeps parallel test files from
 * building at once.
 */
export async function ensureWebBuild(): Promise<void> {
  const index = join(WEB_DIST, 'index.html');
  const fresh = () =>
    existsSync(index) && statSync(index).mtimeMs >= Math.max(...SOURCES.map(newestMtime));
  if (fresh()) return;
  const lock = join(ROOT, 'apps', 'web', '.build-lock');
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() - started > 120_000) rmSync(lock, { recursive: true, force: true });
      await sleep(500);
      if (fresh()) return;
    }
  }
  try {
    if (fresh()) return;
    execFileSync(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
        'build',
        '--config',
        join(ROOT, 'apps', 'web', 'vite.config.mts'),
        '--logLevel',
        'warn',
      ],
      { cwd: ROOT, stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production' } },
    );
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
