import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../repo-root';

/** The lint layers hold: each planted import below is refused, each allowed one passes. */
describe('lint layers (eslint.config.mjs)', () => {
  const root = repoRoot(__dirname);
  // ESLint's flat config is ESM, which Jest's CommonJS sandbox cannot load: lint in a child.
  const problems = async (filePath: string, code: string): Promise<string[]> => {
    const run = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules/eslint/bin/eslint.js'),
        '--stdin',
        '--stdin-filename',
        filePath,
        '--format',
        'json',
      ],
      { cwd: root, input: code, encoding: 'utf8' },
    );
    const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null }[] }[];
    return result.messages.map((m) => m.ruleId ?? 'fatal');
  };

  it.each([
    ['libs/core/src/planted.ts', "import { Need } from '@niaz/needs';\nexport const x = Need;\n"],
    [
      'libs/text/src/planted.ts',
      "import { QueueRegistry } from '@niaz/jobs';\nexport const x = QueueRegistry;\n",
    ],
    ['libs/search/src/planted.ts', "import { Need } from '@niaz/needs';\nexport const x = Need;\n"],
    ['libs/needs/src/planted.ts', "import { x as y } from '@niaz/testing';\nexport const x = y;\n"],
    ['libs/hs/src/planted.ts', "import { Need } from '@niaz/needs';\nexport const x = Need;\n"],
    [
      'libs/needs/src/planted.ts',
      "import { Bid } from '@niaz/bids/src/bid.entity';\nexport const x = Bid;\n",
    ],
    [
      'libs/bids/src/planted.ts',
      "import { x as y } from '../../../apps/api/src/bootstrap';\nexport const x = y;\n",
    ],
  ])('refuses %s importing across a layer', async (file, code) => {
    expect(await problems(file, code)).toContain('no-restricted-imports');
  });

  it.each([
    ['libs/bids/src/planted.ts', "import { Need } from '@niaz/needs';\nexport const x = Need;\n"],
    [
      'libs/search/src/planted.ts',
      "import { QueueRegistry } from '@niaz/jobs';\nexport const x = QueueRegistry;\n",
    ],
    [
      'libs/needs/src/planted.ts',
      "import { hsCodeExists } from '@niaz/hs';\nexport const x = hsCodeExists;\n",
    ],
    [
      'libs/capabilities/src/planted.ts',
      "import { hsCodeExists } from '@niaz/hs';\nexport const x = hsCodeExists;\n",
    ],
    ['apps/api/src/planted.ts', "import { Need } from '@niaz/needs';\nexport const x = Need;\n"],
    [
      'libs/core/src/planted.ts',
      "import { LANGUAGES } from '@niaz/text';\nexport const x = LANGUAGES;\n",
    ],
  ])('lets %s import downwards', async (file, code) => {
    expect(await problems(file, code)).not.toContain('no-restricted-imports');
  });

  it('refuses a floating promise and a promise where a void callback is expected', async () => {
    const floating =
      'async function save(): Promise<void> {}\nexport function f(): void {\n  save();\n}\n';
    expect(await problems('libs/needs/src/planted.ts', floating)).toContain(
      '@typescript-eslint/no-floating-promises',
    );
    const misused =
      'async function save(): Promise<void> {}\nexport const xs = [1].forEach(save);\nexport function g(): void {\n  void save();\n}\n';
    const found = await problems('libs/needs/src/planted.ts', misused);
    expect(found).toContain('@typescript-eslint/no-misused-promises');
    expect(found).not.toContain('@typescript-eslint/no-floating-promises');
  });
});
