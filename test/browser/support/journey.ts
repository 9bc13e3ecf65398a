import type { Browser } from 'playwright-core';
import { ApiTestContext, startApi } from '../../support/api-app';
import { launchChromium, Person } from './browser';
import { ensureWebBuild } from './web-build';

export interface JourneyStack {
  ctx: ApiTestContext;
  browser: Browser;
}

/**
 * The real api and worker, the built web app and Chromium, for the journeys of one file.
 * Read the fields inside tests: they are set by `beforeAll`.
 */
export function useJourneyStack(): JourneyStack {
  const stack = {} as JourneyStack;
  beforeAll(async () => {
    await ensureWebBuild();
    stack.ctx = await startApi({ worker: true });
    stack.browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await stack.browser?.close();
    await stack.ctx?.close();
  });
  return stack;
}

/**
 * Runs `steps` as `who`: a failure leaves a screenshot beside the others, and the browser
 * context is closed whatever happens. Logs how long the journey took.
 */
export async function walk(who: Person, label: string, steps: () => Promise<void>) {
  const started = Date.now();
  try {
    await steps();
    // Every page the journey photographed passed axe-core: no serious or critical violation.
    expect(who.violations).toEqual([]);
    // Every Persian or Turkish page it photographed showed no raw code and no English message.
    expect(who.untranslated).toEqual([]);
  } catch (e) {
    await who.shot('failure').catch(() => undefined);
    throw e;
  } finally {
    await who.context.close();
    console.log(`${label} took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}
