import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import en from '../../apps/web/src/i18n/locales/en.json';
import fa from '../../apps/web/src/i18n/locales/fa.json';
import tr from '../../apps/web/src/i18n/locales/tr.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out[prefix + key] = value;
    else Object.assign(out, flatten(value, `${prefix}${key}.`));
  }
  return out;
}

const LOCALES = { en: flatten(en), fa: flatten(fa), tr: flatten(tr) };
const SRC = join(__dirname, '..', '..', 'apps', 'web', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('web app translations', () => {
  it('has the same keys in fa, tr and en', () => {
    const keys = Object.keys(LOCALES.en).sort();
    expect(Object.keys(LOCALES.fa).sort()).toEqual(keys);
    expect(Object.keys(LOCALES.tr).sort()).toEqual(keys);
  });

  it('has no empty value', () => {
    for (const [lang, strings] of Object.entries(LOCALES)) {
      const empty = Object.entries(strings).filter(([, v]) => v.trim() === '');
      expect({ lang, empty }).toEqual({ lang, empty: [] });
    }
  });

  it('uses the same {{placeholders}} in every language', () => {
    const vars = (s: string) =>
      (s.match(/\{\{\s*\w+\s*\}\}/g) ?? []).map((v) => v.replace(/\s/g, '')).sort();
    for (const key of Object.keys(LOCALES.en)) {
      expect({ key, fa: vars(LOCALES.fa[key]) }).toEqual({ key, fa: vars(LOCALES.en[key]) });
      expect({ key, tr: vars(LOCALES.tr[key]) }).toEqual({ key, tr: vars(LOCALES.en[key]) });
    }
  });

  it('has every literal key the code asks for (plural keys via _one/_other)', () => {
    const used = new Set<string>();
    for (const file of sources(SRC)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'/g))
        used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(100);
    const missing = [...used].filter((k) => !(k in LOCALES.en) && !(`${k}_other` in LOCALES.en));
    expect(missing).toEqual([]);
  });
});
