import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countByPair, crossOwnerReferences, regressions } from './sql-owners';
import { repoRoot } from '../repo-root';
import baseline from './baseline.json';

function plant(root: string, path: string, text: string): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

describe('domain boundary check', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'niaz-boundaries-'));
    plant(root, 'libs/needs/src/need.entity.ts', "@Entity('need')\nexport class Need {}\n");
    plant(root, 'libs/bids/src/bid.entity.ts', "@Entity('bid')\nexport class Bid {}\n");
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('finds a planted SQL reference from one lib to a table another lib owns', () => {
    plant(
      root,
      'libs/bids/src/bids.service.ts',
      'const q = `SELECT b.id FROM bid b JOIN "need" n ON n.id = b."needId"`;\n',
    );
    const found = crossOwnerReferences(root);
    expect(found).toEqual([
      {
        unit: 'libs/bids',
        table: 'need',
        owner: 'libs/needs',
        file: 'libs/bids/src/bids.service.ts',
      },
    ]);
    expect(regressions(countByPair(found), {})).toEqual([
      'libs/bids → need (owned by libs/needs): 1 (allowed 0)',
    ]);
  });

  it('lets an owner query its own table, and tests set up any table', () => {
    plant(root, 'libs/needs/src/needs.service.ts', "const q = 'SELECT * FROM need';\n");
    plant(root, 'libs/bids/src/bids.int-spec.ts', "const q = 'DELETE FROM need';\n");
    expect(crossOwnerReferences(root)).toEqual([]);
  });

  it('counts test helpers in libs/testing like the shared hook does', () => {
    plant(root, 'libs/testing/src/world.ts', "const q = 'INSERT INTO need (id) VALUES ($1)';\n");
    expect(crossOwnerReferences(root)).toEqual([
      {
        unit: 'libs/testing',
        table: 'need',
        owner: 'libs/needs',
        file: 'libs/testing/src/world.ts',
      },
    ]);
  });

  it('holds the repository to its baseline (which only shrinks)', () => {
    const grown = regressions(countByPair(crossOwnerReferences(repoRoot(__dirname))), baseline);
    expect(grown).toEqual([]);
  });
});
