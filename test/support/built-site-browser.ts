import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../scripts/support/browser.ts';
import { assertBuilt, distDir } from '../../scripts/support/dist.ts';
import { serveStatic, type StaticSite } from '../../scripts/support/static-server.ts';

/**
 * For a browser suite: serves the built site and starts Chromium before its tests, stops both
 * after. Call inside `describe`; read `browser` and `site` inside the tests.
 */
export function builtSiteInBrowser(): { readonly browser: Browser; readonly site: StaticSite } {
  const state = {} as { browser: Browser; site: StaticSite };
  beforeAll(async () => {
    assertBuilt();
    state.site = await serveStatic(distDir);
    state.browser = await launchBrowser();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.site?.close();
  });
  return state;
}
