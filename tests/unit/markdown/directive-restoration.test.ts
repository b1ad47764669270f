import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkDirectiveRestoration } from '../../../src/markdown/directive-restoration.ts';
import { parseBody, renderBody, syntaxes } from './body-elements-pipeline.ts';

describe.each(syntaxes)('directives that are not callouts, in %s', (syntax) => {
  const render = (body: string) => renderBody(body, syntax);

  it('keeps colons in text as text', async () => {
    expect(await render('Note:this at 12:30pm, ratio 3:1, mailto:ops and a:b:c.\n')).toBe('<p>Note:this at 12:30pm, ratio 3:1, mailto:ops and a:b:c.</p>');
  });

  it('restores a text directive with its label and attributes as written, the label’s Markdown rendered', async () => {
    expect(await render('See :abbr[*MTTR*]{title="Mean time"} and :x[] and :y{.z}.\n')).toBe(
      '<p>See :abbr[<em>MTTR</em>]{title="Mean time"} and :x[] and :y{.z}.</p>',
    );
  });

  it('restores a directive inside another’s label', async () => {
    expect(await render('A :outer[in :inner[deep]] b\n')).toBe('<p>A :outer[in :inner[deep]] b</p>');
  });

  it('restores a leaf directive as a paragraph', async () => {
    expect(await render('::x\n\n::youtube[A *talk*]{v=123}\n')).toBe('<p>::x</p>\n<p>::youtube[A <em>talk</em>]{v=123}</p>');
  });

  it('restores an unknown container: its opening line, its content, its closing line', async () => {
    expect(await render(':::warning[Be *careful*]{.x}\nText with 10:45am in it.\n\n- a list\n:::\n\nAfter.\n')).toBe(
      '<p>:::warning[Be <em>careful</em>]{.x}</p>\n<p>Text with 10:45am in it.</p>\n<ul>\n<li>a list</li>\n</ul>\n<p>:::</p>\n<p>After.</p>',
    );
  });

  it('restores an unclosed unknown container without a closing line', async () => {
    expect(await render(':::warning\nText.\n')).toBe('<p>:::warning</p>\n<p>Text.</p>');
  });

  it('restores directives inside a callout and leaves the callout', async () => {
    expect(await render(':::note\nAt 9:00am ::: not a fence\n\n::leaf\n:::\n')).toBe(
      '<aside class="callout callout-note" role="note" aria-label="Note"><p class="callout-title"><strong class="callout-kind">Note</strong></p><p>At 9:00am ::: not a fence</p><p>::leaf</p></aside>',
    );
  });

  it('leaves code alone', async () => {
    expect(await render('`a:b` and\n\n```\n:::note\n```\n')).toBe('<p><code>a:b</code> and</p>\n<pre><code>:::note\n</code></pre>');
  });
});

it('merges the restored text into the text around it', async () => {
  const tree = parseBody('Note:this at 12:30pm.\n');
  await unified().use(remarkDirectiveRestoration).run(tree, 'Note:this at 12:30pm.\n');
  expect(tree.children[0]).toMatchObject({
    type: 'paragraph',
    children: [{ type: 'text', value: 'Note:this at 12:30pm.', position: { start: { offset: 0 }, end: { offset: 21 } } }],
  });
});

it('writes a directive again from the tree when the source given is not the one parsed', async () => {
  const tree = parseBody('Note:this and :abbr[HTML]{title="x"}\n\n::leaf\n');
  await unified().use(remarkDirectiveRestoration).run(tree, '');
  expect(toHtml(toHast(tree))).toBe('<p>Note:this and :abbr[HTML]{title="x"}</p>\n<p>::leaf</p>');
});
