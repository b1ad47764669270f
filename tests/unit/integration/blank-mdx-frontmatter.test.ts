import type { Plugin, ResolvedConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { blankMdxFrontmatterPlugin } from '../../../src/integration/blank-mdx-frontmatter.ts';

describe('blankMdxFrontmatterPlugin', () => {
  it('puts itself just before @astrojs/mdx, which Astro adds to the plugins first', () => {
    const plugin = blankMdxFrontmatterPlugin();
    const plugins = [{ name: 'astro:before' }, { name: '@mdx-js/rolldown' }, { name: 'other' }, plugin] as Plugin[];
    (plugin.configResolved as (config: ResolvedConfig) => void)({ plugins } as unknown as ResolvedConfig);
    expect(plugins.map((candidate) => candidate.name)).toEqual(['astro:before', 'setlist:blank-mdx-frontmatter', '@mdx-js/rolldown', 'other']);
  });

  it('hands MDX files on with the frontmatter blanked, and only MDX files', () => {
    const { transform } = blankMdxFrontmatterPlugin() as unknown as { transform: { filter: { id: RegExp }; handler: (code: string) => string } };
    expect(transform.filter.id.test('/content/insights/a.mdx')).toBe(true);
    expect(transform.filter.id.test('/src/pages/index.astro')).toBe(false);
    expect(transform.handler('---\ntitle: A\n---\nBody\n')).toBe('---\n\n---\nBody\n');
  });
});
