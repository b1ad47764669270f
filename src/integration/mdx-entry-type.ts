/**
 * How Astro's content loader reads an article (`.mdx`): the frontmatter is its data, and the body
 * is rendered to HTML by the site's Markdown processor when the file is loaded, and kept in the
 * content store with the file's digest. A build then bundles no module per article, and a rebuild
 * renders only the files that changed. The page places each part at its marker (src/markdown/).
 */
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { AstroConfig } from 'astro';
import { bodyRenderer } from './body-render-pool.ts';

// Astro's type for a content entry type is internal; this is the shape its glob loader calls.
interface RenderedBody {
  html: string;
  metadata: Record<string, unknown> & { imagePaths: string[] };
}

const mdxEntryType = {
  extensions: ['.mdx'],
  getEntryInfo({ contents }: { contents: string }) {
    // Blank lines in place of the frontmatter: a message about the body names the file's own line.
    const parsed = parseFrontmatter(contents, { frontmatter: 'empty-with-lines' });
    return { data: parsed.frontmatter, body: parsed.content, slug: undefined, rawData: parsed.rawFrontmatter };
  },
  // A body is HTML: it brings in no script or style of its own.
  handlePropagation: false,
  getRenderFunction({ markdown, image, site }: AstroConfig) {
    const render = bodyRenderer({
      shared: {
        image: { domains: image.domains, remotePatterns: image.remotePatterns },
        syntaxHighlight: markdown.syntaxHighlight,
        shikiConfig: markdown.shikiConfig,
        gfm: markdown.gfm,
        smartypants: markdown.smartypants,
      },
      // The integration sets `site` from the required `baseUrl`.
      baseUrl: site ?? '',
    });
    return Promise.resolve(async (entry: { body?: string; filePath?: string }): Promise<RenderedBody> => {
      const result = await render(entry.body ?? '', entry.filePath ? pathToFileURL(entry.filePath) : undefined);
      const { localImagePaths, remoteImagePaths } = result.metadata;
      return { html: result.code, metadata: { ...result.metadata, imagePaths: [...localImagePaths, ...remoteImagePaths] } };
    });
  },
};

/**
 * Registers the entry type with Astro. `addContentEntryType` is how @astrojs/mdx and
 * @astrojs/markdoc add theirs; Astro passes it to every integration but leaves it out of the
 * public types, so its presence is checked here, once.
 */
export function addMdxEntryType(setup: object): void {
  const { addContentEntryType } = setup as { addContentEntryType?: (entryType: typeof mdxEntryType) => void };
  if (typeof addContentEntryType !== 'function')
    throw new Error('This version of Astro does not offer integrations addContentEntryType, which Setlist needs to load .mdx articles');
  addContentEntryType(mdxEntryType);
}
