import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPage } from '../helpers/dist.ts';
import { contentWith } from '../helpers/fixture-content.ts';
import { distDir } from '../helpers/paths.ts';
import { runSetlist } from '../helpers/run.ts';

// The fixture site's bodies take both paths: five-failure-modes is Markdown with a picture, callouts
// and code (rendered as the content loads); policy-gated-ai imports the site's own component
// (compiled by @astrojs/mdx).
const plainPath = '/insights/five-failure-modes/';
const compiledPath = '/insights/policy-gated-ai/';
const bookPath = '/insights/series/reliable-operations/book/';

describe('a Markdown body with a picture, callouts and code', () => {
  const $ = loadPage(plainPath);
  const prose = $('.prose');

  it('shows the picture optimised by Astro: a modern format at its size, lazy, in a figure with its caption', () => {
    const figure = prose.find('figure');
    expect(figure.length).toBe(1);
    const img = figure.find('img');
    expect(img.attr('src')).toMatch(/^\/_astro\/failure-modes-map\.[\w-]+\.webp$/);
    expect(existsSync(join(distDir, img.attr('src')!))).toBe(true);
    expect([img.attr('width'), img.attr('height'), img.attr('loading'), img.attr('decoding')]).toEqual(['800', '260', 'lazy', 'async']);
    expect(img.attr('alt')).toMatch(/^The five failure modes side by side/);
    expect(figure.find('figcaption').text()).toBe('The five failure modes, left to right in the order the framework takes them');
    expect($('img:not([src])').length).toBe(0);
  });

  it('shows each callout as a labelled note with its kind in words, and its title', () => {
    const callouts = prose.find('aside.callout');
    expect(callouts.map((_, aside) => [[$(aside).attr('role'), $(aside).attr('aria-label')]]).get()).toEqual([
      ['note', 'Caution: Before the first review'],
      ['note', 'Note'],
    ]);
    expect(callouts.first().find('.callout-title').text()).toBe('Caution: Before the first review');
    expect(callouts.first().find('em').text()).toBe('rare');
    expect(prose.text()).not.toContain(':::');
  });

  it('highlights the code by classes (no style attribute), labelled with its language, and brings the copy script', () => {
    const block = prose.find('[data-code-block]');
    expect(block.length).toBe(1);
    expect(block.find('pre').attr('aria-label')).toBe('Shell code');
    expect(block.find('pre').attr('tabindex')).toBe('0');
    expect(block.find('pre span[class*="cl-"]').length).toBeGreaterThan(5);
    expect(block.find('pre').text()).toContain("grep -h '^failure-mode:' reviews/2026-q3/*.md | sort | uniq -c | sort -rn");
    expect($('[style]').length).toBe(0);
    expect($('script[type="module"]').text() + $('script[src]').attr('src')).toMatch(/code|copy/i);
  });
});

describe('a body that imports a component of the site', () => {
  const $ = loadPage(compiledPath);

  it('renders the component where the body uses it, with the values the body gives it, and the parts around it', () => {
    const step = $('.prose .runbook-step');
    expect(step.find('.runbook-step-title').text().replace(/\s+/g, ' ')).toBe('Runbook step 1 (Risk)');
    expect(step.text()).toContain('Register the agent, then move every limit into gateway policy');
    expect($('#framework').length).toBe(1);
    expect($('.prose h2').first().text()).toBe('TL;DR');
  });

  it('lists its sections in the table of contents as a Markdown body does', () => {
    const sections = $('.prose h2')
      .map((_, heading) => $(heading).text())
      .get();
    const contents = $('#toc ol').first().children('li').children('a');
    expect(contents.map((_, link) => $(link).text()).get()).toEqual(sections);
  });

  it("links the component's own stylesheet", () => {
    const sheets = $('link[rel="stylesheet"]')
      .map((_, link) => readFileSync(join(distDir, $(link).attr('href')!), 'utf8'))
      .get()
      .join('\n');
    expect(sheets).toMatch(/\.runbook-step\[data-astro-cid-\w+\]\{border-inline-start:4px solid/);
  });

  it('brings no copy script to a page without code', () => {
    expect($.html()).not.toMatch(/code-copy|data-code-block/);
  });
});

describe('the series book', () => {
  const $ = loadPage(bookPath);

  it('carries every body element of its parts: the figure, the callouts, the code and the component', () => {
    expect($('figure img[src^="/_astro/failure-modes-map."]').length).toBe(1);
    expect($('aside.callout').length).toBe(2);
    expect($('[data-code-block] pre').length).toBe(1);
    expect($('.runbook-step').length).toBe(1);
  });
});

/**
 * A body's HTML with the article's own name taken out, its elements' attributes in one order, and
 * no line breaks between block elements (where HTML ignores them; code keeps its own).
 */
function normalisedBody($: CheerioAPI, slug: string): string {
  const prose = load($('.prose').html()!.replaceAll(slug, '(slug)'), null, false);
  prose('*').each((_, element) => {
    if (!('attribs' in element)) return;
    const sorted = Object.entries(element.attribs).sort(([a], [b]) => a.localeCompare(b));
    element.attribs = Object.fromEntries(sorted.map(([name, value]) => [name, value]));
  });
  prose('*:not(pre, pre *)')
    .contents()
    .filter((_, node) => 'data' in node && node.nodeType === 3 && node.data.trim() === '' && node.data.includes('\n'))
    .remove();
  return prose.html();
}

describe('the two paths of a body', () => {
  // The same body twice: as shipped (rendered as it loads), and with one line of JavaScript,
  // which sends it to @astrojs/mdx.
  const twin = contentWith([
    {
      file: 'insights/twin-of-five-failure-modes.mdx',
      copyOf: 'insights/five-failure-modes.mdx',
      replace: ['<Tldr />', 'export const compiled = true;\n\n<Tldr />'],
    },
    { file: 'insights/twin-of-five-failure-modes.mdx', replace: ['position: 1', 'position: 9'] },
    { file: 'insights/twin-of-five-failure-modes.mdx', replace: [/^series: .*\n/m, ''] },
  ]);
  const outDir = join(twin.dir, 'dist');
  afterAll(() => twin.cleanup());
  let log = '';
  beforeAll(() => {
    // As of a day when every fixture article is published and none is past its review date.
    const env = { SETLIST_CONTENT_DIR: twin.dir, SETLIST_CACHE_DIR: join(twin.dir, '.cache'), SETLIST_BUILD_TIME: '2026-11-11T12:00:00Z' };
    const result = runSetlist(['build', '--outDir', outDir], env);
    expect(result.status, result.output).toBe(0);
    log = result.output;
  }, 180_000);

  it('give the same HTML for the same body', () => {
    const shipped = normalisedBody(loadPage(plainPath, outDir), 'five-failure-modes');
    const compiled = normalisedBody(loadPage('/insights/twin-of-five-failure-modes/', outDir), 'twin-of-five-failure-modes');
    expect(compiled).toContain('<figure>');
    expect(compiled).toBe(shipped);
  });

  it('build without a warning', () => {
    expect(log).not.toMatch(/\bWARN\b|warning/i);
  });
});
