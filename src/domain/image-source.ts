/** What a Markdown image's `src` names: the content check and the articles' loader read it the same way. */

/** An image on another site (`https://…`, `//…`). */
export const isRemoteImage = (src: string): boolean => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(src);

/** An image written into the page itself (`data:`). */
export const isInlineImage = (src: string): boolean => src.startsWith('data:');

/** The file a local image's `src` names: without its query or fragment, its escapes decoded. */
export const imageFilePath = (src: string): string => decodeURI(src.split(/[?#]/)[0] ?? src);
