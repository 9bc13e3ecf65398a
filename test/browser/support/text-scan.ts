import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * Issue 18: a page shown in Persian or Turkish carries no English server message and no raw
 * code. Three nets over the page's visible text:
 * - a web i18n key shown as such (i18next prints the key when a wording is missing);
 * - an English wording of the web app (three words or more) left on a fa/tr page;
 * - the phrases of English server messages (validation, HTTP titles).
 */
const LOCALES = join(__dirname, '..', '..', '..', 'apps', 'web', 'src', 'i18n', 'locales');

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else flatten(value, path, out);
  }
  return out;
}

const english = flatten(JSON.parse(readFileSync(join(LOCALES, 'en.json'), 'utf8')) as Tree);
/** Keys as i18next would print them (plural suffixes off), only dotted ones: no plain word. */
const RAW_KEYS = new Set(
  [...english.keys()].map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')),
);
/** English sentences of the web app, without placeholders, that no other language shares. */
const ENGLISH_SENTENCES = [...english.values()].filter(
  (v) => !v.includes('{{') && !v.includes('<') && v.trim().split(/\s+/).length >= 3,
);
const SERVER_ENGLISH =
  /\b(must be|must not be|should not be empty|is required|Bad Request|Not Found|Forbidden|Unauthorized|Unprocessable Entity|Too Many Requests|Internal Server Error|Service Unavailable|Validation failed)\b/;

export interface TextFinding {
  shot: string;
  kind: 'raw key' | 'English wording' | 'English server message';
  text: string;
}

export async function untranslatedText(page: Page, shot: string): Promise<TextFinding[]> {
  const [lang, text] = (await page.evaluate(
    '[document.documentElement.lang, document.body ? document.body.innerText : ""]',
  )) as [string, string];
  if (!/^(fa|tr)/.test(lang)) return [];
  const found: TextFinding[] = [];
  // Whole dotted tokens only: "tender.reconfirm" is not found inside "tender.reconfirmTitle".
  for (const token of new Set(text.match(/[A-Za-z][\w-]*(?:\.[A-Za-z_][\w-]*)+/g) ?? []))
    if (RAW_KEYS.has(token)) found.push({ shot, kind: 'raw key', text: token });
  for (const sentence of ENGLISH_SENTENCES)
    if (text.includes(sentence)) found.push({ shot, kind: 'English wording', text: sentence });
  const server = SERVER_ENGLISH.exec(text);
  if (server) {
    const at = server.index;
    found.push({
      shot,
      kind: 'English server message',
      text: text.slice(Math.max(0, at - 60), at + 60),
    });
  }
  return found;
}
