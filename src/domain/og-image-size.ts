/**
 * The link-preview image's size in pixels (LinkedIn's recommended 1.91:1 card), in a module of
 * its own: the pages' head and the post preview need the number, not the drawing code.
 */
export const ogImageSize = { width: 1200, height: 627 } as const;
