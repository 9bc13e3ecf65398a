import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository root (the folder with package.json), from source or from dist/. */
export function repoRoot(from = __dirname): string {
  let dir = from;
  while (
    !existsSync(join(dir, 'package.json')) ||
    existsSync(join(dir, 'tsconfig.build.json')) === false
  ) {
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}
