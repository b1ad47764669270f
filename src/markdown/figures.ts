/**
 * A figure with its caption, without new syntax: a paragraph that holds only an image with a
 * Markdown title, `![Alt text](./diagram.png "The caption")`, becomes
 * `<figure><img …><figcaption>The caption</figcaption></figure>`. The title moves to the caption (a
 * tooltip repeating it would say it twice). The mdast `image` node itself stays, as the figure's
 * child, so Astro's image steps, which look for image nodes, still find and optimise it. An image
 * among other text stays an image with its title.
 */
import type { Image, Paragraph, Parent, Text } from 'mdast';
import type { MdastPluginDefinition } from 'satteri';

/** A figure: its image, then its caption. Rendered by `data.hName`, as mdast has no figure. */
export interface Figure extends Parent {
  type: 'figure';
  children: [Image, FigureCaption];
  data: { hName: 'figure' };
}

export interface FigureCaption extends Parent {
  type: 'figureCaption';
  children: [Text];
  data: { hName: 'figcaption' };
}

declare module 'mdast' {
  interface BlockContentMap {
    figure: Figure;
  }
  interface RootContentMap {
    figure: Figure;
    figureCaption: FigureCaption;
  }
}

/** The image a paragraph holds alone, with a caption in its title; not a directive's label. */
function captionedImage(paragraph: Readonly<Paragraph>): { image: Image; caption: string } | undefined {
  if (paragraph.data?.directiveLabel || paragraph.children.length !== 1) return undefined;
  const [image] = paragraph.children;
  const caption = image?.type === 'image' ? image.title?.trim() : undefined;
  return image?.type === 'image' && caption ? { image, caption } : undefined;
}

/** The Markdown step: every paragraph that is only a titled image, made a figure. */
export const figures: MdastPluginDefinition = {
  name: 'setlist-figures',
  paragraph(paragraph, context) {
    const captioned = captionedImage(paragraph);
    if (!captioned) return;
    const { image, caption } = captioned;
    const figure: Figure = {
      type: 'figure',
      children: [
        { ...image, title: null },
        { type: 'figureCaption', children: [{ type: 'text', value: caption }], data: { hName: 'figcaption' } },
      ],
      data: { hName: 'figure' },
    };
    context.replaceNode(paragraph, figure);
  },
};
