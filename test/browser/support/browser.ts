import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { seriousViolations, type Violation } from './axe';
import { untranslatedText, type TextFinding } from './text-scan';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = join(__dirname, '..', '..', 'artifacts');

/** Debian's Chromium, headless, with a fresh profile (Playwright makes a temp user data dir). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

export interface Person {
  context: BrowserContext;
  page: Page;
  /**
   * Saves a full-page PNG under test/artifacts/<journey>/<n>-<name>.png, and runs axe-core
   * over the page: its serious and critical violations are kept in `violations`.
   */
  shot(name: string): Promise<void>;
  violations: Array<{ shot: string } & Violation>;
  /** What a Persian or Turkish page showed untranslated (text-scan.ts), per screenshot. */
  untranslated: TextFinding[];
}

/** A browser context as a person has it: language, time zone, screen width. */
export async function person(
  browser: Browser,
  journey: string,
  opts: { locale: string; timezoneId: string; width: number; height?: number },
): Promise<Person> {
  const context = await browser.newContext({
    locale: opts.locale,
    timezoneId: opts.timezoneId,
    viewport: { width: opts.width, height: opts.height ?? 800 },
  });
  const page = await context.newPage();
  const dir = join(ARTIFACTS, journey);
  // Only this run's screenshots (a failure shot of an earlier run would mislead).
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let n = 0;
  const violations: Person['violations'] = [];
  const untranslated: TextFinding[] = [];
  return {
    context,
    page,
    violations,
    untranslated,
    shot: async (name) => {
      n += 1;
      if (name !== 'failure') {
        for (const v of await seriousViolations(page)) violations.push({ shot: name, ...v });
        untranslated.push(...(await untranslatedText(page, name)));
      }
      await page.screenshot({
        path: join(dir, `${String(n).padStart(2, '0')}-${name}.png`),
        fullPage: true,
      });
    },
  };
}
