import { load } from 'cheerio';

/** A built page: its site path (`/insights/x/`) and HTML. */
export interface BuiltPage {
  path: string;
  html: string;
}

export interface BrokenLink {
  page: string;
  attribute: 'href' | 'src' | 'srcset';
  link: string;
  reason: string;
}

/** The site-relative path a link points to, or undefined when it leaves the site. */
function internalTarget(link: string, pagePath: string, siteOrigin: string): URL | undefined {
  if (/^(mailto|tel|data|javascript):/i.test(link)) return undefined;
  const url = new URL(link, `${siteOrigin}${pagePath}`);
  return url.origin === siteOrigin ? url : undefined;
}

/** Candidate output files for a path, the way static hosts resolve them. */
export function filesForPath(pathname: string): string[] {
  const clean = decodeURIComponent(pathname).replace(/^\/+/, '');
  if (clean === '' || clean.endsWith('/')) return [`${clean}index.html`];
  if (/\.[a-z0-9]+$/i.test(clean)) return [clean];
  return [`${clean}.html`, `${clean}/index.html`];
}

const linkAttributes = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['area[href]', 'href'],
  ['img[src]', 'src'],
  ['script[src]', 'src'],
  ['source[src]', 'src'],
  ['img[srcset]', 'srcset'],
  ['source[srcset]', 'srcset'],
] as const;

/**
 * Every internal href/src/srcset in the built pages must reach a built file, and a
 * `#fragment` an element id (or name) on the target page. External links are not fetched.
 */
export function findBrokenLinks(pages: readonly BuiltPage[], fileExists: (file: string) => boolean, siteOrigin: string): BrokenLink[] {
  const idsByFile = new Map<string, Set<string>>();
  const filesOfPage = new Map<string, string>();
  for (const page of pages) {
    const $ = load(page.html);
    const ids = new Set<string>();
    $('[id], a[name]').each((_, element) => {
      const id = $(element).attr('id') ?? $(element).attr('name');
      if (id) ids.add(id);
    });
    const file = filesForPath(page.path)[0] ?? page.path;
    idsByFile.set(file, ids);
    filesOfPage.set(page.path, file);
  }

  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const $ = load(page.html);
    for (const [selector, attribute] of linkAttributes) {
      $(selector).each((_, element) => {
        const value = $(element).attr(attribute) ?? '';
        const links = attribute === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value];
        for (const link of links.filter(Boolean)) {
          const target = internalTarget(link, page.path, siteOrigin);
          if (!target) continue;
          const file = filesForPath(target.pathname).find((candidate) => fileExists(candidate));
          if (!file) {
            broken.push({ page: page.path, attribute, link, reason: `no built file for ${target.pathname}` });
            continue;
          }
          const fragment = decodeURIComponent(target.hash.slice(1));
          if (fragment && !idsByFile.get(file)?.has(fragment)) {
            broken.push({ page: page.path, attribute, link, reason: `no element with id "${fragment}" on ${target.pathname}` });
          }
        }
      });
    }
  }
  return broken;
}
