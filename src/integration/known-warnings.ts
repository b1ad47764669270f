/**
 * Bundler warnings about Astro's own code that a site owner can do nothing about. Each article
 * body @astrojs/mdx compiles carries Astro's "use astro:head-inject" directive, and the bundler
 * warns about it once per article (withastro/astro#18087, open): the directive does its work
 * before bundling, so the warning is dropped here rather than repeated for every such article.
 */
import type { Plugin } from 'vite';

export function knownWarningsPlugin(): Plugin {
  return {
    name: 'setlist:known-warnings',
    onLog(_level, log) {
      if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return false;
      return undefined;
    },
  };
}
