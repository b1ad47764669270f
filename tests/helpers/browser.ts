import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import sirv from 'sirv';
import { distDir } from './paths.ts';

/** Debian's Chromium by default; `SETLIST_CHROMIUM` points at another build. */
export const chromiumPath = process.env.SETLIST_CHROMIUM ?? '/usr/bin/chromium';

export function requireChromium(): string {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}: install it with "apt-get install -y chromium" (Debian) or set SETLIST_CHROMIUM to a Chromium binary.`,
    );
  }
  return chromiumPath;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: requireChromium(),
    // Quiet flags: this machine has no network, and Chromium's background services would
    // otherwise knock on closed doors at every start.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Serves a built site on a free loopback port, the way a static host would (404.html for misses). */
export async function serveSite(root = distDir): Promise<{ origin: string; close: () => Promise<void> }> {
  const files = sirv(root, { dev: true, etag: false, extensions: ['html'] });
  const notFoundPage = join(root, '404.html');
  const server: Server = createServer((request, response) =>
    files(request, response, () => {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      response.end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'Not found');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

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
