import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { load } from 'cheerio';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { uiTexts } from '../../src/domain/ui-text/index.ts';
import { useMultilingualFixture } from '../helpers/fixture-in-language.ts';
import { axeViolations } from '../helpers/gates.ts';
import { useLighthouse } from '../helpers/lighthouse.ts';
import { pdfPageTexts, squash } from '../helpers/pdf.ts';
import { runSetlistIn } from '../helpers/run.ts';
import { parse } from 'yaml';

// The fixture site in English (its default), German and Arabic: the jazz article and its scorecard
// template are translated into both, the other two articles are not.
const site = useMultilingualFixture();
const auditPage = useLighthouse(() => site.dist());
const origin = 'https://playbooks.example.org';
const translated = '/insights/jazz-and-reliable-systems/';
const untranslated = '/insights/five-failure-modes/';

const read = (path: string) => readFileSync(join(site.dist(), path.endsWith('/') ? `${path}index.html` : path), 'utf8');
const page = (path: string) => load(read(path));

/** Every built page, by its path. */
function builtPages(): string[] {
  return (readdirSync(site.dist(), { recursive: true }) as string[])
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .map((file) => `/${file.split(sep).join('/')}`);
}

describe('a site in English, German and Arabic', () => {
  it('builds, drawing each translation’s preview image and one card per language, with no warning of its own', () => {
    expect(site.output()).not.toMatch(/reader text comes in|translation|printable checklist/);
    for (const image of ['ar/site', 'ar/jazz-and-reliable-systems', 'de/site', 'de/jazz-and-reliable-systems'])
      expect(site.output()).toContain(`[og] rendered ${image}`);
  });

  it('gives every page the language and direction of its prefix', () => {
    const pages = builtPages();
    expect(pages.filter((path) => path.startsWith('/de/')).length).toBeGreaterThan(20);
    const expected = (path: string) => (path.startsWith('/de/') ? ['de-DE', 'ltr'] : path.startsWith('/ar/') ? ['ar', 'rtl'] : ['en-GB', 'ltr']);
    const found = pages.map((path) => {
      const html = page(path)('html');
      return [path, html.attr('lang'), html.attr('dir')];
    });
    expect(found).toEqual(pages.map((path) => [path, ...expected(path)]));
  });

  it('shows an untranslated article in the reader’s language with a notice, marks its text as English and sends search engines to the original', () => {
    const $ = page(`/de${untranslated}`);
    expect($('.untranslated-notice').text().trim()).toBe(uiTexts.de.site.languages.untranslated('English'));
    expect($('article.article').attr('lang')).toBe('en-GB');
    expect($('h2#tldr').text()).toBe(uiTexts.de.article.parts.tldr);
    expect($('link[rel=canonical]').attr('href')).toBe(`${origin}${untranslated}`);
    expect($('link[hreflang]').length).toBe(0);
    // Its scorecard and checklist say so too; the checklist not on paper.
    expect(page(`/de${untranslated}scorecard/`)('.untranslated-notice').length).toBe(1);
    expect(page(`/de${untranslated}checklist/`)('.untranslated-notice.screen-only').length).toBe(1);
    // A translated article has no notice and is its own canonical page.
    expect(page(`/de${translated}`)('.untranslated-notice').length).toBe(0);
    expect(page(`/de${translated}`)('link[rel=canonical]').attr('href')).toBe(`${origin}/de${translated}`);
  });

  it('names every translation of a page as its alternate, the default language as x-default', () => {
    const alternates = (path: string) =>
      page(path)('link[rel=alternate][hreflang]')
        .map((_, link) => `${link.attribs.hreflang} ${link.attribs.href}`)
        .get();
    const jazz = [`en-GB ${origin}${translated}`, `de-DE ${origin}/de${translated}`, `ar ${origin}/ar${translated}`, `x-default ${origin}${translated}`];
    expect(alternates(translated)).toEqual(jazz);
    expect(alternates(`/ar${translated}`)).toEqual(jazz);
    // The English original of an untranslated article has no translation to name.
    expect(alternates(untranslated)).toEqual([]);
    expect(alternates('/de/')).toEqual([`en-GB ${origin}/`, `de-DE ${origin}/de/`, `ar ${origin}/ar/`, `x-default ${origin}/`]);
  });

  it('lists translations in the sitemap with their alternates, and no copy of an untranslated article', () => {
    const sitemap = readdirSync(site.dist())
      .filter((file) => /^sitemap-\d+\.xml$/.test(file))
      .map((file) => read(file))
      .join('');
    const entry = (path: string) => new RegExp(`<url><loc>${origin}${path}</loc>(.*?)</url>`).exec(sitemap)?.[1];
    expect(entry(`/de${translated}`)).toContain(`<xhtml:link rel="alternate" hreflang="en-GB" href="${origin}${translated}"/>`);
    expect(entry(`/de${translated}`)).toContain(`<xhtml:link rel="alternate" hreflang="ar" href="${origin}/ar${translated}"/>`);
    expect(sitemap).toContain(`<loc>${origin}/ar/</loc>`);
    expect(sitemap).not.toContain(`/de${untranslated}`);
    expect(sitemap).toContain(`<loc>${origin}${untranslated}</loc>`);
  });

  it('feeds each language only the articles written in it, LinkedIn posts included', () => {
    const titles = (feed: string) =>
      load(read(feed), { xml: true })('item > title')
        .map((_, title) => load(title).text())
        .get();
    expect(titles('/rss.xml')).toHaveLength(3);
    const german = page(`/de${translated}`)('h1').text();
    expect(titles('/de/rss.xml')).toEqual([german]);
    expect(load(read('/de/rss.xml'), { xml: true })('channel > language').text()).toBe('de-DE');
    const teasers = JSON.parse(read('/ar/teasers.json')) as { url: string; post: string }[];
    expect(teasers.map((teaser) => teaser.url)).toEqual([`${origin}/ar${translated}`]);
    expect(teasers[0]!.post).toContain(`${uiTexts.ar.article.teaser.fullArticle} ${origin}/ar${translated}`);
  });

  it('lists every language’s own playbooks for review, and prints every language’s LinkedIn posts with its URLs and words', () => {
    const urls = (feed: { playbooks: { url: string }[] }) => feed.playbooks.map((playbook) => playbook.url).sort();
    const expected = [...[untranslated, translated, '/insights/policy-gated-ai/'], `/de${translated}`, `/ar${translated}`]
      .map((path) => `${origin}${path}`)
      .sort();
    expect(urls(JSON.parse(read('/reviews.json')) as { playbooks: { url: string }[] })).toEqual(expected);
    const review = runSetlistIn(site.root(), ['review', '--json'], { SETLIST_BUILD_TIME: '2026-12-06T12:00:00Z' });
    expect(urls(JSON.parse(review.stdout) as { playbooks: { url: string }[] })).toEqual(expected);
    const teasers = runSetlistIn(site.root(), ['teasers']);
    expect(teasers.status, teasers.output).toBe(0);
    expect(teasers.stdout).toContain(`${uiTexts.de.article.teaser.fullArticle} ${origin}/de${translated}`);
    expect(teasers.stdout).toContain(`${uiTexts.ar.article.teaser.fullArticle} ${origin}/ar${translated}`);
    expect(teasers.stdout.match(/^=== /gm)).toHaveLength(5);
  });

  it('draws the Arabic preview image from the right, and shows an untranslated article with its original’s image', async () => {
    const { data, info } = await sharp(join(site.dist(), `ar${translated}og.png`))
      .raw()
      .toBuffer({ resolveWithObject: true });
    const accent = [0x1f, 0x4e, 0x79];
    // The framework line's accent bar: on the card's right, above the band; none on its left.
    const accentIn = (x: number) =>
      Array.from({ length: info.height - 140 }, (_, y) => (y * info.width + x) * info.channels).some((at) =>
        accent.every((value, index) => Math.abs(data[at + index]! - value) < 8),
      );
    expect(accentIn(info.width - 77)).toBe(true);
    expect(accentIn(77)).toBe(false);
    expect(page(`/de${untranslated}`)('meta[property="og:image"]').attr('content')).toBe(`${origin}${untranslated}og.png`);
  });

  it('shows a phone reader the notice on an untranslated article, above its title, as a note', async () => {
    const session = await site.site();
    const { page: phone } = await session.newPage({ width: 390 });
    await phone.goto(`${session.origin}/de${untranslated}`);
    const notice = phone.getByRole('note').filter({ hasText: uiTexts.de.site.languages.untranslated('English') });
    await expect.poll(() => notice.isVisible()).toBe(true);
    const [noticeBox, titleBox] = await Promise.all([notice.boundingBox(), phone.locator('main h1').boundingBox()]);
    expect(noticeBox!.y + noticeBox!.height).toBeLessThanOrEqual(titleBox!.y);
  });

  it('offers every language on every page: the same page where it has one, else its home page', async () => {
    const session = await site.site();
    const { page: browserPage } = await session.newPage({ width: 390 });
    await browserPage.goto(`${session.origin}/de${translated}`);
    const picker = browserPage.getByRole('navigation', { name: uiTexts.de.site.languages.pickerLabel });
    expect(
      await picker
        .getByRole('link')
        .evaluateAll((links) => links.map((link) => [link.textContent, link.getAttribute('href'), link.getAttribute('aria-current')])),
    ).toEqual([
      ['English', translated, null],
      ['Deutsch', `/de${translated}`, 'page'],
      ['العربية', `/ar${translated}`, null],
    ]);
    await picker.getByRole('link', { name: 'العربية' }).click();
    await browserPage.waitForURL(`**/ar${translated}`);
    expect(await browserPage.locator('html').getAttribute('dir')).toBe('rtl');
    // A German tag has no English page: English leads to the English home page.
    expect(page('/de/insights/tags/zuverlassigkeit/')('nav.language-picker a[lang="en-GB"]').attr('href')).toBe('/');
  });

  it('searches the reader’s language, untranslated articles included, with a filter by language', async () => {
    const session = await site.site();
    const { page: german } = await session.newPage();
    await german.goto(`${session.origin}/de/search/?q=${encodeURIComponent('Übergabe')}`);
    await expect
      .poll(() => german.locator('.search-result a').evaluateAll((links) => links.map((link) => link.getAttribute('href'))))
      .toContain(`/de${translated}`);
    const languages = german.getByRole('group', { name: uiTexts.de.client.search.filters.language });
    await expect
      .poll(() => languages.getByRole('checkbox').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value)))
      .toEqual(['Deutsch', 'English']);
    await german.fill('#search-input', 'failure');
    await expect
      .poll(() => german.locator('.search-result a').evaluateAll((links) => links.map((link) => link.getAttribute('href'))))
      .toContain(`/de${untranslated}`);
    await languages.getByRole('checkbox', { name: /Deutsch/ }).check();
    await expect
      .poll(() =>
        german
          .locator('.search-result a')
          .evaluateAll((links) => links.map((link) => link.getAttribute('href')).filter((href) => href?.includes(untranslated))),
      )
      .toEqual([]);
    const { page: arabic } = await session.newPage();
    await arabic.goto(`${session.origin}/ar/search/?q=${encodeURIComponent('الجاز')}`);
    await expect
      .poll(() => arabic.locator('.search-result h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href'))))
      .toEqual([`/ar${translated}`]);
  });

  it('lays the Arabic article out from the right, and prints each translation’s checklist on one page', async () => {
    const session = await site.site();
    const { page: arabic } = await session.newPage({ width: 390 });
    await arabic.goto(`${session.origin}/ar${translated}`);
    const heading = await arabic.locator('main h1').evaluate((h1) => {
      const range = document.createRange();
      range.selectNodeContents(h1);
      return { box: h1.getBoundingClientRect().right, text: range.getBoundingClientRect().right, direction: getComputedStyle(h1).direction };
    });
    expect(heading.direction).toBe('rtl');
    expect(heading.box - heading.text).toBeLessThan(1);
    expect(await arabic.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    for (const language of ['de', 'ar']) {
      await arabic.goto(`${session.origin}/${language}${translated}checklist/`);
      for (const format of ['A4', 'Letter'] as const) expect(await pdfPageTexts(await arabic.pdf({ format })), `${language} ${format}`).toHaveLength(1);
    }
  });

  it('has no accessibility violation (axe) on translated and untranslated pages', async () => {
    const session = await site.site();
    for (const path of [`/de${translated}`, `/de${untranslated}`, `/ar${translated}`, `/ar${translated}scorecard/`, '/ar/', '/de/search/']) {
      const { page: browserPage } = await session.newPage();
      await browserPage.goto(`${session.origin}${path}`);
      expect(await axeViolations(browserPage), path).toEqual([]);
    }
  });

  it.each([`/de${translated}`, `/ar${translated}`, `/de${untranslated}`])('scores 100 in every Lighthouse category on %s', async (path) => {
    const { problems } = await auditPage(path);
    expect(problems, `Lighthouse on ${path}`).toEqual([]);
  });

  it('prints a language’s carousel in its script, for a LinkedIn document post (npm run carousel -- --lang ar <slug>)', async () => {
    const out = join(site.root(), 'carousel-ar.pdf');
    const printed = runSetlistIn(site.root(), ['carousel', '--lang', 'ar', 'jazz-and-reliable-systems', '--out', out]);
    expect(printed.status, printed.output).toBe(0);
    const slides = await pdfPageTexts(readFileSync(out));
    expect(slides).toHaveLength(page(`/ar${translated}carousel/`)('.slide').length);
    // PDF text comes back in Arabic's presentation forms, in the order drawn: the script is what is checked.
    for (const slide of slides.slice(0, 3)) expect(squash(slide.normalize('NFKC'))).toMatch(/\p{Script=Arabic}{5}/u);
  });

  // Last: it adds files to the site's content.
  it('scaffolds a translation to start from with npm run new -- --lang de --from <slug>, and names every mistake', () => {
    const run = (...args: string[]) => runSetlistIn(site.root(), ['new', ...args], { SETLIST_CACHE_DIR: join(site.root(), '.cache') });
    const made = run('--lang', 'de', '--from', 'five-failure-modes');
    expect(made.status, made.output).toBe(0);
    const content = (path: string) => readFileSync(join(site.root(), 'content', path), 'utf8');
    const [, yaml = '', body = ''] = content('insights/de/five-failure-modes.mdx').split(/^---$/m);
    const [original = ''] = content('insights/five-failure-modes.mdx').split(/^---$/m).slice(1);
    const data = parse(yaml) as {
      title: string;
      draft: boolean;
      position: number;
      framework: { steps: { id: string; title: string }[] };
      scorecard: { template: string };
    };
    const source = parse(original) as typeof data;
    expect(data).toMatchObject({ title: `TODO: ${source.title}`, draft: true, position: source.position, scorecard: { template: 'failure-mode-coverage' } });
    expect(data.framework.steps.map((step) => [step.id, step.title])).toEqual(source.framework.steps.map((step) => [step.id, `TODO: ${step.title}`]));
    expect(body).toContain('## TODO: Why This Matters in Production');
    expect(body).toContain('<Framework />');
    const template = parse(content('scorecards/de/failure-mode-coverage.yaml')) as { version: number; areas: { id: string; title: string }[] };
    expect(template.version).toBe(1);
    expect(template.areas.every((area) => area.title.startsWith('TODO: '))).toBe(true);
    const check = runSetlistIn(site.root(), ['check-content']);
    expect(check.status, check.output).toBe(0);
    expect(check.stdout).toContain('(1 drafts)');
    // The draft moves nothing in the reading order: the original stands in its place until it is published.
    expect(check.output).not.toContain('is a draft');
    const rebuilt = runSetlistIn(site.root(), ['build'], { SETLIST_BUILD_TIME: '2026-12-06T12:00:00Z', SETLIST_CACHE_DIR: join(site.root(), '.cache') });
    expect(rebuilt.status, rebuilt.output).toBe(0);
    expect(page(`/de${untranslated}`)('.untranslated-notice').length).toBe(1);
    expect(run('--lang', 'de', '--from', 'jazz-and-reliable-systems').stderr).toMatch(
      /✗ new: .*content\/insights\/de\/jazz-and-reliable-systems\.mdx already exists; nothing was written/,
    );
    expect(run('--lang', 'de', '--from', 'five-failure-mode').stderr).toContain('did you mean "five-failure-modes"?');
    expect(run('--lang', 'fr', '--from', 'five-failure-modes').stderr).toContain(
      `✗ new: --lang: expected one of the site's languages (de, ar, from the locales option in astro.config.mjs); received "fr"`,
    );
    expect(run('--from', 'five-failure-modes').stderr).toContain('✗ new: --from: expected --lang too');
  });
});
