/**
 * @astrojs/mdx parses every MDX file's YAML frontmatter on Astro's main thread before it hands
 * the body to the Markdown processor, which hands the data on to the compiled module. Setlist's
 * processor leaves that data out (see markdown-processor.ts: pages read it from the content
 * collection, which parses it once itself), so the parse only costs time: about 1 s of the main
 * thread while a 1,000-article build bundles. This plugin runs just before @astrojs/mdx's and
 * gives it the file with the frontmatter blanked (line numbers kept, for error positions).
 */
import type { Plugin } from 'vite';
import { blankFrontmatter } from '../authoring/frontmatter.ts';

/** The name @astrojs/mdx gives its Vite plugin. */
const mdxPluginName = '@mdx-js/rolldown';

export function blankMdxFrontmatterPlugin(): Plugin {
  const plugin: Plugin = {
    name: 'setlist:blank-mdx-frontmatter',
    enforce: 'pre',
    configResolved(resolved) {
      // Integrations add their plugins in order, and @astrojs/mdx comes first: move this one before it.
      const plugins = resolved.plugins as Plugin[];
      const mdx = plugins.findIndex((candidate) => candidate.name === mdxPluginName);
      const self = plugins.indexOf(plugin);
      if (mdx === -1 || self === -1 || self < mdx) return;
      plugins.splice(self, 1);
      plugins.splice(mdx, 0, plugin);
    },
    transform: {
      filter: { id: /\.mdx$/ },
      handler: (code) => blankFrontmatter(code),
    },
  };
  return plugin;
}
