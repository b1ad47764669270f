/**
 * The classic script the <head> runs before the first paint to apply a theme the reader pinned.
 * It must be inline (a file would be fetched first), so the Content-Security-Policy allows it by
 * its hash (see the integration), and its text is written out here once: the hash is taken of
 * exactly this string. Its own module, so the browser bundles of the theme switch leave it out.
 */
import { pinnedThemes, themeAttribute, themeStorageKey } from './theme.ts';

export const themeBeforePaintScript = [
  'try{',
  `var t=localStorage.getItem(${JSON.stringify(themeStorageKey)});`,
  `if(${JSON.stringify(pinnedThemes)}.indexOf(t)>=0)document.documentElement.setAttribute(${JSON.stringify(themeAttribute)},t)`,
  '}catch(e){}',
].join('');
