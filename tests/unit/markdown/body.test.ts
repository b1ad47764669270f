import { describe, expect, it } from 'vitest';
import { markdownProcessor, plainBodyRenderer } from '../../../src/integration/markdown-processor.ts';
import { BodyNeedsCompiling } from '../../../src/markdown/body-syntax.ts';
import { inSeriesBook, onArticlePage } from '../../../src/domain/article-placement.ts';
import { bodySegments } from '../../../src/markdown/part-markers.ts';
import { placedBodyHtml } from '../../../src/markdown/placed-body.ts';
import { siteConfig } from '../../helpers/site-config.ts';

// The render-as-it-loads path, with Astro's defaults for the options it is given.
const renderer = plainBodyRenderer({ syntaxHighlight: false, smartypants: true }, siteConfig.baseUrl, siteConfig.language);
const render = async (body: string) => (await renderer).render(body, {});

describe('an article body rendered to HTML', () => {
  it('cuts the HTML at each part tag, in order, and renders the Markdown between them', async () => {
    const { code } = await render('<Tldr />\n\n## Why it matters\n\nSome *text*.\n\n<Framework />\n\n<Scorecard />\n');
    expect(bodySegments(code)).toEqual([
      { part: 'Tldr' },
      { html: expect.stringContaining('<h2 id="why-it-matters">Why it matters</h2>') },
      { part: 'Framework' },
      { part: 'Scorecard' },
    ]);
    expect(code).toContain('<p>Some <em>text</em>.</p>');
  });

  it('renders GFM tables, footnotes, and HTML elements written as JSX with their attributes', async () => {
    const { code } = await render(
      '| a | b |\n| - | - |\n| 1 | 2 |\n\nPress <kbd>Esc</kbd>, see <abbr title="Mean time to recovery">MTTR</abbr>.[^1]\n\n[^1]: A note.\n',
    );
    expect(code).toContain('<table>');
    expect(code).toContain('<td>1</td>');
    expect(code).toContain('<kbd>Esc</kbd>');
    expect(code).toContain('<abbr title="Mean time to recovery">MTTR</abbr>');
    expect(code).toMatch(/<a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref(="")? aria-describedby="footnote-label">1<\/a>/);
  });

  it('draws task-list boxes with their state in words, and gives external links rel="noopener noreferrer"', async () => {
    const { code } = await render('- [x] done\n- [ ] open\n\n[NIST](https://www.nist.gov/) and [home](/insights/) and [here](#framework)\n');
    expect(code).toContain('<span class="box box-done"><span class="visually-hidden">Done: </span></span>');
    expect(code).toContain('<span class="box"><span class="visually-hidden">To do: </span></span>');
    expect(code).not.toContain('<input');
    expect(code).toContain('<a href="https://www.nist.gov/" rel="noopener noreferrer">NIST</a>');
    expect(code).toContain('<a href="/insights/">home</a>');
    expect(code).toContain('<a href="#framework">here</a>');
  });

  it('writes its own words in the site’s language, the same on both paths', async () => {
    const body = ':::note\nText.\n:::\n\n- [x] done\n';
    const plain = (await plainBodyRenderer({ syntaxHighlight: false }, siteConfig.baseUrl, 'de-AT')).render(body, {});
    const compiled = (await markdownProcessor(siteConfig.baseUrl, 'de-AT').createRenderer({ syntaxHighlight: false })).render(body);
    for (const { code } of await Promise.all([plain, compiled])) {
      expect(code).toContain(
        '<aside class="callout callout-note" role="note" aria-label="Hinweis"><p class="callout-title"><strong class="callout-kind">Hinweis</strong></p>',
      );
      expect(code).toContain('<span class="visually-hidden">Erledigt: </span>');
    }
  });

  it('renders a comment as nothing', async () => {
    const { code } = await render('Before {/* a note for editors */} after.\n\n{/* a block note */}\n');
    expect(code.trim()).toBe('<p>Before  after.</p>');
  });

  it('hands a body that runs JavaScript to @astrojs/mdx: imports, expressions, components, computed attributes', async () => {
    for (const body of ['Text\n\n{1 + 1}\n', "import X from './x.js';\n", '<Widget />\n', '<span title={name}>x</span>\n'])
      await expect(render(body), body).rejects.toBeInstanceOf(BodyNeedsCompiling);
  });

  it('keeps colons in text as the author wrote them: only the callouts are directives', async () => {
    const { code } = await render('At 12:30 see Note:this, mailto:ops and :abbr[*MTTR*]{title="x"}.\n\n::leaf[Label]\n\n:::unknown[Title]\nInside.\n:::\n');
    expect(code.trim()).toBe(
      '<p>At 12:30 see Note:this, mailto:ops and :abbr[<em>MTTR</em>]{title="x"}.</p>\n<p>::leaf[Label]</p>\n<p>:::unknown[Title]</p>\n<p>Inside.</p>\n<p>:::</p>',
    );
  });

  it('keeps a marker-like text an author writes as text', async () => {
    const { code } = await render('`<setlist-part data-part="Tldr"></setlist-part>`\n');
    expect(bodySegments(code)).toEqual([{ html: code }]);
  });
});

describe('a body placed in the series book', () => {
  const book = inSeriesBook(siteConfig, { slug: 'five-failure-modes', title: 'Five Failure Modes' }, ['five-failure-modes', 'jazz-and-reliable-systems']);

  it('moves the ids elements carry or name, their links and their heading levels, and nothing else', () => {
    const html =
      '<h2 id="why">Why</h2><p class="x"><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="" aria-describedby="footnote-label">1</a> <a href="../jazz-and-reliable-systems/#framework">jazz</a></p><section aria-labelledby="a  b"><h6 id="deep">Deep</h6></section>';
    expect(placedBodyHtml(html, book)).toBe(
      '<h3 id="part-five-failure-modes--why">Why</h3><p class="x"><a href="#part-five-failure-modes--user-content-fn-1" id="part-five-failure-modes--user-content-fnref-1" data-footnote-ref="" aria-describedby="part-five-failure-modes--footnote-label">1</a> <a href="#part-jazz-and-reliable-systems--framework">jazz</a></p><section aria-labelledby="part-five-failure-modes--a part-five-failure-modes--b"><h6 id="part-five-failure-modes--deep">Deep</h6></section>',
    );
  });

  it('leaves the body as rendered on the article page', () => {
    expect(placedBodyHtml('<h2 id="why">Why</h2>', onArticlePage)).toBe('<h2 id="why">Why</h2>');
  });
});
