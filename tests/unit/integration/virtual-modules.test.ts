import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { brandCss } from '../../../src/domain/brand-colors.ts';
import { setlistModulesPlugin, writeContentState } from '../../../src/integration/virtual-modules.ts';
import type { ContentState } from '../../../src/route-data/content-state.ts';
import { siteConfigSchema } from '../../../src/schemas/site.ts';

const config = siteConfigSchema.parse({
  title: 'T',
  description: 'D',
  baseUrl: 'https://example.org/',
  author: { name: 'A' },
  brand: { tagline: 'Tag', colors: { light: { accent: '#123456' } } },
});
const scratch = mkdtempSync(join(tmpdir(), 'setlist-modules-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const stateFile = join(scratch, 'cache', 'content-state', 'dev.json');
const stateOf = (summary: string, live = false): ContentState => ({
  errors: [],
  summary,
  outlines: {},
  readingMinutes: {},
  sources: {},
  live,
  publishing: { includeDrafts: true, now: '2026-12-05T00:00:00.000Z' },
});

describe('the modules the integration hands to the pages', () => {
  const plugin = setlistModulesPlugin(config, stateFile);
  const resolveId = plugin.resolveId as (id: string) => string | undefined;
  const load = plugin.load as (id: string) => string | undefined;
  const loaded = (id: string) => load(resolveId(id)!) ?? '';

  it('serve the validated options, defaults filled in', () => {
    const module = loaded('virtual:setlist/config');
    const siteConfig = JSON.parse(module.replace(/^export const siteConfig = /, '').replace(/;$/, '')) as typeof config;
    expect(siteConfig).toEqual(config);
    expect(siteConfig.brand).toMatchObject({ name: 'T', tagline: 'Tag' });
    expect(siteConfig.insightsPath).toBe('/insights/');
  });

  it('serve the palette as a stylesheet module', () => {
    const resolved = resolveId('virtual:setlist/brand.css');
    // Vite treats a module as CSS by its ending.
    expect(resolved).toMatch(/\.css$/);
    const css = load(resolved!);
    expect(css).toBe(brandCss(config.brand.colors));
    expect(css).toContain('--accent: #123456;');
  });

  it("serve the content state from the integration's file, read again only when it is replaced (in the dev server too), and never from the module's code", async () => {
    const module = loaded('virtual:setlist/content-state');
    const moduleFile = join(scratch, 'content-state.mjs');
    writeFileSync(moduleFile, module);
    const { default: contentState } = (await import(pathToFileURL(moduleFile).href)) as { default: () => ContentState };
    expect(() => contentState()).toThrow(/content state is missing/);
    writeContentState(stateFile, JSON.stringify(stateOf('first')));
    expect(contentState().summary).toBe('first');
    expect(contentState()).toBe(contentState());
    // Written again at once (the same millisecond, most likely): a new file, so read again.
    writeContentState(stateFile, JSON.stringify(stateOf('second')));
    expect(contentState().summary).toBe('second');
    writeContentState(stateFile, JSON.stringify(stateOf('live', true)));
    expect(contentState().summary).toBe('live');
    // The dev server's state too is the same object until the file is replaced: what the pages
    // compute from it is kept meanwhile.
    expect(contentState()).toBe(contentState());
    expect(loaded('virtual:setlist/content-state')).toBe(module);
  });

  it('leave every other module alone', () => {
    expect(resolveId('./base.css')).toBeUndefined();
    expect(load('/src/styles/base.css')).toBeUndefined();
  });
});
