import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, serveSite } from '../../src/node/chromium.ts';
import { distDir } from './paths.ts';

export { launchBrowser };

export interface SiteSession {
  browser: Browser;
  origin: string;
  /** A fresh page in its own context; `colorScheme` emulates the reader's theme. */
  newPage(options?: { colorScheme?: 'light' | 'dark'; width?: number; javaScript?: boolean }): Promise<{ page: Page; context: BrowserContext }>;
  close(): Promise<void>;
}

export async function openSite(root = distDir): Promise<SiteSession> {
  const [browser, site] = await Promise.all([launchBrowser(), serveSite(root)]);
  const contexts: BrowserContext[] = [];
  return {
    browser,
    origin: site.origin,
    async newPage({ colorScheme = 'light', width = 1280, javaScript = true } = {}) {
      const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 }, javaScriptEnabled: javaScript });
      contexts.push(context);
      return { page: await context.newPage(), context };
    },
    async close() {
      await Promise.all(contexts.map((context) => context.close()));
      await browser.close();
      await site.close();
    },
  };
}

/**
 * Opens the built site in Chromium for one test file: served before its first test, closed
 * after its last. Call it at the top of the file; the returned function gives the session.
 */
export function useSite(root = distDir): () => SiteSession {
  let site: SiteSession | undefined;
  beforeAll(async () => {
    site = await openSite(root);
  });
  afterAll(async () => site?.close());
  return () => {
    if (!site) throw new Error('the site is not open yet: call useSite() at the top of the test file');
    return site;
  };
}
