import { describe, expect, it } from 'vitest';
import { renderBody as render, renderBodyWithMetadata } from './body-elements-pipeline.ts';

describe('figures', () => {
  it('makes a paragraph of only a titled image a figure, the title its caption', async () => {
    expect(await render('Intro.\n\n![Three boxes in a row](/diagram.png "The deploy path")\n\nAfter.\n')).toBe(
      '<p>Intro.</p>\n<figure><img src="/diagram.png" alt="Three boxes in a row"><figcaption>The deploy path</figcaption></figure>\n<p>After.</p>',
    );
  });

  it('keeps the caption as text, not Markdown or HTML', async () => {
    expect(await render('![A](/a.png "Latency *p99* <b>&</b>")\n')).toBe(
      '<figure><img src="/a.png" alt="A"><figcaption>Latency *p99* &#x3C;b>&#x26;&#x3C;/b></figcaption></figure>',
    );
  });

  it('leaves an image among other text, and an image without a title, as they are', async () => {
    expect(await render('See ![the chart](/c.png "Hover text") here.\n\n![Plain](/p.png)\n\n![Blank](/b.png " ")\n')).toBe(
      '<p>See <img src="/c.png" alt="the chart" title="Hover text"> here.</p>\n<p><img src="/p.png" alt="Plain"></p>\n<p><img src="/b.png" alt="Blank" title=" "></p>',
    );
  });

  it('leaves a linked image a link', async () => {
    expect(await render('[![Logo](/l.png "Home")](/)\n')).toBe('<p><a href="/"><img src="/l.png" alt="Logo" title="Home"></a></p>');
  });

  it('makes a figure inside a list item or a callout', async () => {
    expect(await render('- ![A](/a.png "Cap")\n- b\n')).toBe(
      '<ul>\n<li>\n<figure><img src="/a.png" alt="A"><figcaption>Cap</figcaption></figure>\n</li>\n<li>b</li>\n</ul>',
    );
    expect(await render(':::note\n![A](/a.png "Cap")\n:::\n')).toContain('</p><figure><img src="/a.png" alt="A"><figcaption>Cap</figcaption></figure></aside>');
  });
});

it('keeps the image itself in the figure, so the image steps after it still find and render it', async () => {
  const { code, metadata } = await renderBodyWithMetadata('![Alt](./d.png "Cap")\n');
  expect(metadata.localImagePaths).toEqual(['./d.png']);
  expect(code).toMatch(/^<figure><img __ASTRO_IMAGE_="[^"]+"><figcaption>Cap<\/figcaption><\/figure>$/);
});
