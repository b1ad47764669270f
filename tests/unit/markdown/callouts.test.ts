import { describe, expect, it } from 'vitest';
import { uiTexts } from '../../../src/domain/ui-text/index.ts';
import { calloutKinds } from '../../../src/markdown/callouts.ts';
import { renderBody as render } from './body-elements-pipeline.ts';

describe('callouts', () => {
  it.each(calloutKinds)('renders :::%s as a labelled note aside with its kind as the title', async (kind) => {
    const label = uiTexts.en.article.body.callouts[kind];
    expect(await render(`Before.\n\n:::${kind}\nKeep the *old* config.\n:::\n\nAfter.\n`)).toBe(
      `<p>Before.</p>\n` +
        `<aside class="callout callout-${kind}" role="note" aria-label="${label}">` +
        `<p class="callout-title"><strong class="callout-kind">${label}</strong></p><p>Keep the <em>old</em> config.</p>` +
        `</aside>\n<p>After.</p>`,
    );
  });

  it('shows a title from the label, with its inline Markdown, after the kind', async () => {
    expect(await render(':::caution[Before you *restart* `nginx`]\nDrain it first.\n:::\n')).toBe(
      '<aside class="callout callout-caution" role="note" aria-label="Caution: Before you restart nginx">' +
        '<p class="callout-title"><strong class="callout-kind">Caution:</strong> Before you <em>restart</em> <code>nginx</code></p>' +
        '<p>Drain it first.</p></aside>',
    );
  });

  it('takes an empty label as no title', async () => {
    expect(await render(':::tip[]\nText.\n:::\n')).toContain('aria-label="Tip"><p class="callout-title"><strong class="callout-kind">Tip</strong></p>');
  });

  it('holds any Markdown: lists, code, quotes, a nested callout with a shorter fence', async () => {
    const html = await render(
      '::::danger[Data loss]\nBefore you run it:\n\n1. Take a snapshot\n2. Check it\n\n```sh\npg_dump > x.sql\n```\n\n> Quoted.\n\n:::note\nInner.\n:::\n::::\n',
    );
    expect(html).toBe(
      '<aside class="callout callout-danger" role="note" aria-label="Danger: Data loss">' +
        '<p class="callout-title"><strong class="callout-kind">Danger:</strong> Data loss</p>' +
        '<p>Before you run it:</p><ol>\n<li>Take a snapshot</li>\n<li>Check it</li>\n</ol>' +
        '<pre><code class="language-sh">pg_dump > x.sql\n</code></pre><blockquote>\n<p>Quoted.</p>\n</blockquote>' +
        '<aside class="callout callout-note" role="note" aria-label="Note"><p class="callout-title"><strong class="callout-kind">Note</strong></p><p>Inner.</p></aside>' +
        '</aside>',
    );
  });

  it('renders a callout inside a list item or a quote', async () => {
    expect(await render('- Step one\n\n  :::tip\n  Indented.\n  :::\n')).toContain(
      '<aside class="callout callout-tip" role="note" aria-label="Tip"><p class="callout-title"><strong class="callout-kind">Tip</strong></p><p>Indented.</p></aside>',
    );
    expect(await render('> :::note\n> Quoted.\n> :::\n')).toContain('<blockquote>\n<aside class="callout callout-note"');
  });

  it('writes none of the author’s attributes onto the aside', async () => {
    expect(await render(':::note{#x .big onclick="alert(1)"}\nText.\n:::\n')).toMatch(/^<aside class="callout callout-note" role="note" aria-label="Note">/);
  });
});

it('renders JSX-written HTML inside a callout', async () => {
  expect(await render(':::tip\nPress <kbd>Esc</kbd>.\n:::\n')).toContain('<p>Press <kbd>Esc</kbd>.</p></aside>');
});
