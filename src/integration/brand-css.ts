/**
 * The brand palette as a stylesheet: `import 'virtual:setlist/brand.css'` gives the CSS custom
 * properties generated from `brand.colors` in the site config. It is bundled like any other
 * stylesheet (a file, never an inline style), so the Content-Security-Policy needs no exception.
 */
import type { Plugin } from 'vite';
import { brandCss } from '../domain/brand-colors.ts';
import type { BrandColors } from '../schemas/site.ts';

export const brandCssModuleId = 'virtual:setlist/brand.css';
// The id keeps its .css ending, so Vite treats the module as a stylesheet.
const resolvedId = `\0${brandCssModuleId}`;

export function brandCssPlugin(colors: BrandColors): Plugin {
  return {
    name: 'setlist:brand-css',
    resolveId: (id) => (id === brandCssModuleId ? resolvedId : undefined),
    load: (id) => (id === resolvedId ? brandCss(colors) : undefined),
  };
}
