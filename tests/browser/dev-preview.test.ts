import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { startDevServer, type DevServer } from '../helpers/dev-server.ts';
import { errorKinds } from '../helpers/error-kinds.ts';
import { applyEdits, contentWith, resetContent, seedFile } from '../helpers/fixture-content.ts';

// The author's loop: `npm run dev` open on the seed article, a mistake saved on disk, the
// problem named on the page, the fix saved, the page back, with no restart.
const fixture = contentWith([]);
const seedPath = join(fixture.dir, seedFile);
const seedText = readFileSync(seedPath, 'utf8');
const seedUrl = '/insights/jazz-and-reliable-systems/';
const seedFramework = 'Core Framework: Ensemble Reliability Discipline';
let server: DevServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startDevServer({ SETLIST_CONTENT_DIR: fixture.dir, SETLIST_CACHE_DIR: join(fixture.dir, '.cache') }),
    launchBrowser(),
  ]);
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  server?.stop();
  fixture.cleanup();
});

/** The page's text, and whether it is the dev server's list of content problems. */
const shownText = (): Promise<{ text: string; problems: boolean }> =>
  page.evaluate(() => ({ text: document.body?.textContent ?? '', problems: document.title === 'Your content needs a fix' }));

/**
 * Reloads the seed article until it shows every fragment and none of the `absent` ones, on the list
 * of problems (`problem`) or as the article itself (`article`). The dev server also reloads open tabs by itself; the test does not rely on it.
 */
async function waitForPage(kind: 'problem' | 'article', fragments: readonly (string | RegExp)[], absent: readonly string[] = []): Promise<string> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    // Bounded: once, a navigation begun while the page's own dev client was reloading it never
    // reached the server, and would have taken the whole wait (Playwright's default is 30 s).
    await page.goto(`${server.origin}${seedUrl}`, { timeout: 5_000 }).catch(() => undefined);
    const shown = await shownText().catch(() => ({ text: '', problems: false }));
    const matches =
      fragments.every((fragment) => (typeof fragment === 'string' ? shown.text.includes(fragment) : fragment.test(shown.text))) &&
      !absent.some((fragment) => shown.text.includes(fragment));
    if (matches && shown.problems === (kind === 'problem')) return shown.text;
    if (Date.now() > deadline)
      throw new Error(
        `${fragments.join(' and ')}${absent.length ? ` without ${absent.join(' or ')}` : ''} never appeared on ${seedUrl}; it shows:\n${shown.text}\n\nserver log:\n${server.log()}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

const breakages: [string, [string | RegExp, string], string][] = [
  ['a removed part tag', ['<Framework />\n', ''], '<Framework />: missing from the body'],
  [
    'an unknown scorecard template',
    ['template: ensemble-reliability', 'template: ensemble-reliabilty'],
    'scorecard.template: no scorecard template "ensemble-reliabilty"',
  ],
  ['a wrong type', [/^tags: .*$/m, 'tags: 42'], 'tags: expected a list, received number 42'],
];

describe('npm run dev shows content problems on the page and recovers when they are fixed', () => {
  it('serves the seed article with its framework', async () => {
    await waitForPage('article', [seedFramework]);
  });

  it.each(breakages)('%s', async (_kind, [pattern, replacement], message) => {
    const broken = seedText.replace(pattern, replacement);
    expect(broken).not.toBe(seedText);
    writeFileSync(seedPath, broken);
    // The page names the file (and the line), with the hint, as the terminal does, and logs it once.
    await waitForPage('problem', [message, /jazz-and-reliable-systems\.mdx/, 'npm run check:content']);
    expect((await shownText()).text).not.toContain(seedFramework);
    await page.reload();
    expect(server.log().split(message).length - 1).toBe(1);

    writeFileSync(seedPath, seedText);
    expect(await waitForPage('article', [seedFramework])).not.toContain(message);
  });

  it('every open tab shows the problem by itself, and the fixed article once the fix is saved', async () => {
    await waitForPage('article', [seedFramework]);
    const checklist = await browser.newPage();
    await checklist.goto(`${server.origin}${seedUrl}checklist/`);
    const tabs = [page, checklist];
    const problemsTitle = 'Your content needs a fix';
    const showsProblems = () => Promise.all(tabs.map((tab) => tab.waitForFunction((title) => document.title === title, problemsTitle, { timeout: 30_000 })));
    // Loaded, not only begun: a page on its way in has no title for a moment.
    const showsArticle = () =>
      Promise.all(
        tabs.map((tab) =>
          tab.waitForFunction(() => document.readyState === 'complete' && /Jazz/.test(document.querySelector('h1')?.textContent ?? ''), null, {
            timeout: 30_000,
          }),
        ),
      ).catch(async (error: Error) => {
        const shown = await Promise.all(
          tabs.map(async (tab) => {
            const state = await tab
              .evaluate(() => `${document.readyState}, title "${document.title}", h1 "${document.querySelector('h1')?.textContent ?? ''}"`)
              .catch((reason: Error) => reason.message);
            return `${tab.url()}: ${state}`;
          }),
        );
        throw new Error(`${error.message}\ntabs:\n${shown.join('\n')}\n\nserver log:\n${server.log()}`);
      });
    writeFileSync(seedPath, seedText.replace('template: ensemble-reliability', 'template: ensemble-reliabilty'));
    await showsProblems();
    writeFileSync(seedPath, seedText);
    await showsArticle();
    expect(await page.title()).not.toBe(problemsTitle);
    expect(await page.textContent('body')).toContain(seedFramework);
    expect(await checklist.textContent('h1')).toContain('Jazz');
    await checklist.close();
  });

  it('a saved body that starts using a component of the site shows it, and the Markdown alone again once it stops', async () => {
    const withComponent = seedText
      .replace('<Tldr />', "import RunbookStep from '@components/RunbookStep.astro';\n\n<Tldr />")
      .replace('The ensemble craft side', '<RunbookStep step={2} owner="Ops">Drain the node first.</RunbookStep>\n\nThe ensemble craft side');
    writeFileSync(seedPath, withComponent);
    expect(await waitForPage('article', ['Runbook step 2 (Ops)', 'Drain the node first.', seedFramework])).not.toContain('RunbookStep');
    // Saved again while it still uses the component: the body compiled by @astrojs/mdx is compiled anew.
    writeFileSync(seedPath, withComponent.replace('Drain the node first.', 'Drain the node twice.'));
    await waitForPage('article', ['Runbook step 2 (Ops)', 'Drain the node twice.'], ['Drain the node first.']);
    writeFileSync(seedPath, seedText);
    await waitForPage('article', [seedFramework], ['Runbook step 2']);
  });

  it('reports every error kind the command-line check knows', async () => {
    for (const [kind, edits, fragments] of errorKinds) {
      applyEdits(fixture.dir, edits);
      await waitForPage('problem', fragments).catch((error: Error) => {
        throw new Error(`${kind}: ${error.message}`);
      });
      resetContent(fixture.dir);
      await waitForPage('article', [seedFramework]);
    }
  }, 300_000);
});
