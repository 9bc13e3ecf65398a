import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * axe-core over the page as it stands (WCAG 2.x A/AA rules); the serious and critical
 * violations, each with a few of the elements at fault. axe is evaluated through the
 * DevTools protocol, so the app's Content-Security-Policy does not need to allow it.
 */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  const has = await page.evaluate(() => 'axe' in globalThis);
  if (!has) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const g = globalThis as unknown as {
      axe: { run: (...a: unknown[]) => Promise<unknown> };
      document: unknown;
    };
    const result = (await g.axe.run(g.document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    })) as {
      violations: Array<{
        id: string;
        impact: string | null;
        help: string;
        nodes: Array<{ target: string[] }>;
      }>;
    };
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Fails with the list of serious/critical violations on `what` (the page's name in the test). */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const found = await seriousViolations(page);
  expect({ page: what, violations: found }).toEqual({ page: what, violations: [] });
}
