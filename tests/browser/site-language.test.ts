import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { clientText } from '../../src/domain/ui-text/client-text.ts';
import { uiTexts } from '../../src/domain/ui-text/index.ts';
import { axeViolations } from '../helpers/gates.ts';
import { loadPage } from '../helpers/dist.ts';
import { useFixtureIn } from '../helpers/fixture-in-language.ts';

// The fixture site with German as its language: its articles stay in English, the site's words
// around them are German.
const german = useFixtureIn('de-DE');
const dist = () => german.dist();
const root = () => german.root();

/** Every built page of the German site but the search index's, by its path. */
function builtPages(): string[] {
  return (readdirSync(dist(), { recursive: true }) as string[])
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .map((file) => `/${file.split(sep).join('/')}`);
}

/** What a reader sees or hears of a page: its text and the words in its labelling attributes. */
function readerWords(path: string): string {
  const $ = load(readFileSync(join(dist(), path), 'utf8'));
  $('script, style, template').remove();
  const attributes = $('[aria-label], [title], [alt], [placeholder]')
    .map((_, element) => ['aria-label', 'title', 'alt', 'placeholder'].map((name) => $(element).attr(name) ?? ''))
    .get();
  return [$('title').text(), $('body').text(), ...attributes].join('\n').replace(/\s+/g, ' ');
}

/** The English table's texts of two words or more whose German differs, with their key paths. */
function translatedEnglish(): [string, string][] {
  const found: [string, string][] = [];
  const walk = (english: object, german: Record<string, unknown>, path: string) => {
    for (const [key, value] of Object.entries(english)) {
      const there = german[key];
      if (typeof value === 'string' && typeof there === 'string' && value !== there && value.trim().split(/\s+/).length >= 2)
        found.push([`${path}${key}`, value]);
      else if (value && typeof value === 'object') walk(value as object, there as Record<string, unknown>, `${path}${key}.`);
    }
  };
  walk(uiTexts.en, uiTexts.de, '');
  return found;
}

describe('a site whose language is German', () => {
  it('builds without a warning about its language', () => {
    expect(german.output()).not.toMatch(/reader text comes in/);
  });

  it('says so on every page', () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) expect([page, load(readFileSync(join(dist(), page), 'utf8'))('html').attr('lang')]).toEqual([page, 'de-DE']);
  });

  it("shows none of Setlist's English texts on any page", () => {
    // A text the fixture's authors also wrote ("one person") may rightly be on a page.
    const authored = (readdirSync(join(root(), 'content'), { recursive: true }) as string[])
      .filter((file) => /\.(mdx|ya?ml)$/.test(file))
      .map((file) => readFileSync(join(root(), 'content', file), 'utf8'))
      .join('\n')
      .replace(/\s+/g, ' ');
    const english = translatedEnglish().filter(([, text]) => !authored.includes(text));
    expect(english.length).toBeGreaterThan(50);
    const leftovers = builtPages().flatMap((page) => {
      const words = readerWords(page);
      return english.filter(([, text]) => words.includes(text)).map(([key, text]) => `${page}: ${key} "${text}"`);
    });
    expect(leftovers).toEqual([]);
  });

  it('names the parts of an article in German', () => {
    const $ = loadPage('/insights/five-failure-modes/', dist());
    expect($('.prose h2').first().text()).toBe(uiTexts.de.article.parts.tldr);
  });
});

describe('the German site in Chromium', () => {
  const scripts = clientText('de-DE');

  it('copies a code block with a German button and says so in German', async () => {
    const site = await german.site();
    const { origin } = site;
    const { page, context } = await site.newPage();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.goto(`${origin}/insights/five-failure-modes/`);
    await page.getByRole('button', { name: scripts.codeCopy.copyCodeIn('Shell') }).click();
    await expect.poll(() => page.locator('[data-code-block] [role="status"]').textContent()).toBe(scripts.codeCopy.copied);
  });

  it('tells a reader with damaged saved scores in German, and starts fresh with the German button', async () => {
    const site = await german.site();
    const { origin } = site;
    const { page, context } = await site.newPage();
    await context.addInitScript(() => {
      if (sessionStorage.getItem('planted')) return;
      localStorage.setItem('setlist:scorecard:ensemble-reliability:v1', '{not json');
      sessionStorage.setItem('planted', '1');
    });
    await page.goto(`${origin}/insights/jazz-and-reliable-systems/scorecard/`);
    await expect.poll(() => page.locator('[data-status]').textContent()).toContain(scripts.scorecardRead.storedDamaged);
    await page.getByRole('button', { name: uiTexts.de.tools.scorecard.startFresh }).click();
    expect(await page.locator('[data-status]').textContent()).toBe(scripts.scorecard.startedFresh);
  });

  it('writes a score with the German decimal comma, and the scale in German', async () => {
    const site = await german.site();
    const { page } = await site.newPage();
    await page.goto(`${site.origin}/insights/jazz-and-reliable-systems/scorecard/`);
    const { worksheet, defaultScale } = uiTexts.de.tools;
    await page
      .getByRole('group', { name: worksheet.scoreFor('Shared Form') })
      .getByLabel('4')
      .check();
    await page
      .getByRole('group', { name: worksheet.scoreFor('Contextual Handoff') })
      .getByLabel('3')
      .check();
    await expect.poll(() => page.locator('[data-average]').textContent()).toBe(scripts.scorecard.outOfFive('3,5'));
    expect(await page.locator('[data-level]').textContent()).toBe(`4: ${defaultScale[3]!.label}. ${defaultScale[3]!.descriptor}`);
  });

  it('passes axe on the article, its scorecard and checklist, and the home page', async () => {
    const site = await german.site();
    const { origin } = site;
    const { page } = await site.newPage();
    for (const path of [
      '/',
      '/insights/jazz-and-reliable-systems/',
      '/insights/jazz-and-reliable-systems/scorecard/',
      '/insights/jazz-and-reliable-systems/checklist/',
    ]) {
      await page.goto(`${origin}${path}`);
      expect(await axeViolations(page), path).toEqual([]);
    }
  });
});
