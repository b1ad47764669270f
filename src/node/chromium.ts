/**
 * Debian's Chromium driven by playwright-core (browser downloads are not available here), and a
 * built site served the way a static host serves it: for the tests and for `npm run carousel`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import compression from '@polka/compression';
import { chromium, type Browser } from 'playwright-core';
import sirv from 'sirv';

/** Debian's Chromium by default; `SETLIST_CHROMIUM` points at another build. */
const chromiumPath = process.env.SETLIST_CHROMIUM ?? '/usr/bin/chromium';

export function requireChromium(): string {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}: install it with "apt-get install -y chromium" (Debian) or set SETLIST_CHROMIUM to a Chromium binary.`,
    );
  }
  return chromiumPath;
}

/**
 * Quiet flags: this machine has no network, and Chromium's background services would otherwise
 * knock on closed doors at every start. For every launch of Chromium (also Lighthouse's).
 */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: requireChromium(), args: chromiumFlags });
}

/**
 * Serves a built site on a free loopback port, the way a static host would: 404.html for misses,
 * and text gzip-compressed (as the hosts in the README's "Deploying" do), so what the browser
 * loads, and Lighthouse times, is what a reader downloads.
 */
export async function serveSite(root: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const files = sirv(root, { dev: true, etag: false, extensions: ['html'] });
  const compress = compression();
  const notFoundPage = join(root, '404.html');
  const server: Server = createServer((request, response) =>
    compress(request, response, () =>
      files(request, response, () => {
        response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
        response.end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'Not found');
      }),
    ),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
