import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../scripts/repo-root';

const ROOT = repoRoot();

/** Boots the real api and worker entry points (swc hook, no build) and reads what they say. */
function boot(
  app: 'api' | 'worker',
  env: Record<string, string | undefined>,
  waitFor: RegExp,
): Promise<{ code: number | null; output: string }> {
  const child = spawn(
    process.execPath,
    [
      '-r',
      join(__dirname, 'support', 'swc-register.js'),
      join(ROOT, 'apps', app, 'src', 'main.ts'),
    ],
    {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'info', PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (waitFor.test(output)) child.kill('SIGTERM');
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('no known secret: what the processes do at boot', () => {
  it('production refuses to start the api and the worker without JWT_SECRET and UNSUBSCRIBE_KEY', async () => {
    for (const app of ['api', 'worker'] as const) {
      const { code, output } = await boot(
        app,
        { NODE_ENV: 'production', JWT_SECRET: undefined, UNSUBSCRIBE_KEY: undefined },
        /$^/,
      );
      expect(code).not.toBe(0);
      expect(output).toMatch(/JWT_SECRET: must be set in production/);
      expect(output).toMatch(/UNSUBSCRIBE_KEY: must be set in production/);
    }
  }, 200_000);

  it('elsewhere the api generates its secrets once into the data folder and logs it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'niaz-boot-'));
    const { output } = await boot(
      'api',
      {
        NODE_ENV: 'development',
        JWT_SECRET: undefined,
        UNSUBSCRIBE_KEY: undefined,
        NIAZ_DATA_DIR: dataDir,
      },
      /generated development secret/,
    );
    expect(output).toContain(
      `JWT_SECRET, UNSUBSCRIBE_KEY not set: using the generated development secret(s) kept in ${join(dataDir, 'secrets.json')}`,
    );
    const kept = JSON.parse(readFileSync(join(dataDir, 'secrets.json'), 'utf8'));
    expect(kept.JWT_SECRET).toMatch(/^[\w-]{43}$/);
    expect(output).not.toContain(kept.JWT_SECRET); // the log says where, never what
  }, 120_000);
});
