import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { startDevServer, type DevServer } from '../helpers/dev-server.ts';
import { contentWith, seedFile } from '../helpers/fixture-content.ts';

// The author's loop: `npm run dev` open on the seed article, a mistake saved on disk, the
// problem named on the page, the fix saved, the page back, with no restart.
const fixture = contentWith([]);
const seedPath = join(fixture.dir, seedFile);
const seedText = readFileSync(seedPath, 'utf8');
const seedUrl = '/insights/jazz-and-reliable-systems/';
let server: DevServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startDevServer({ SETLIST_CONTENT_DIR: fixture.dir, SETLIST_CACHE_DIR: join(fixture.dir, '.cache') }), launchBrowser()]);
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  server?.stop();
  fixture.cleanup();
});

/** Reloads until the page (or the error overlay in its shadow DOM) shows the text; the dev server reloads by itself, the test does not rely on it. */
async function waitForText(text: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    await page.goto(`${server.origin}${seedUrl}`).catch(() => undefined);
    if (await page.getByText(text, { exact: false }).first().isVisible().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`"${text}" never appeared on ${seedUrl}; page text:\n${await page.locator('body').innerText().catch(() => '')}\n\nserver log:\n${server.log()}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

const breakages: [string, [string | RegExp, string], string][] = [
  ['a removed part tag', ['<Framework />\n', ''], '<Framework />: missing from the body'],
  ['an unknown scorecard template', ['template: ensemble-reliability', 'template: ensemble-reliabilty'], 'scorecard.template: no scorecard template "ensemble-reliabilty"'],
  ['a wrong type', [/^tags: .*$/m, 'tags: 42'], 'tags: expected a list, received number 42'],
];

describe('npm run dev shows content problems on the page and recovers when they are fixed', () => {
  it('serves the seed article with its framework', async () => {
    await waitForText('Core Framework: Ensemble Reliability Discipline');
  });

  it.each(breakages)('%s', async (_kind, [pattern, replacement], message) => {
    const broken = seedText.replace(pattern, replacement);
    expect(broken).not.toBe(seedText);
    writeFileSync(seedPath, broken);
    await waitForText(message);
    // The overlay names the file and the line, as the terminal does.
    await expect(page.getByText(/jazz-and-reliable-systems\.mdx/).first().isVisible()).resolves.toBe(true);
    expect(server.log()).toContain(message);

    writeFileSync(seedPath, seedText);
    await waitForText('Core Framework: Ensemble Reliability Discipline');
    await expect(page.getByText(message).count()).resolves.toBe(0);
  });
});
