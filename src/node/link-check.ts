import { Parser } from 'htmlparser2';

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
function filesForPath(pathname: string): string[] {
  const clean = decodeURIComponent(pathname).replace(/^\/+/, '');
  if (clean === '' || clean.endsWith('/')) return [`${clean}index.html`];
  if (/\.[a-z0-9]+$/i.test(clean)) return [clean];
  return [`${clean}.html`, `${clean}/index.html`];
}

/** Which attribute of which element is a link. */
const linkAttributes: Record<string, readonly ('href' | 'src' | 'srcset')[]> = {
  a: ['href'],
  link: ['href'],
  area: ['href'],
  img: ['src', 'srcset'],
  script: ['src'],
  source: ['src', 'srcset'],
};

interface PageScan {
  ids: Set<string>;
  links: { attribute: 'href' | 'src' | 'srcset'; link: string }[];
}

/** One streaming pass over a page: its anchor ids and its links (htmlparser2, no DOM built). */
function scanPage(html: string): PageScan {
  const scan: PageScan = { ids: new Set(), links: [] };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const id = attributes.id ?? (name === 'a' ? attributes.name : undefined);
        if (id) scan.ids.add(id);
        for (const attribute of linkAttributes[name] ?? []) {
          const value = attributes[attribute];
          if (!value) continue;
          const links = attribute === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value];
          for (const link of links.filter(Boolean)) scan.links.push({ attribute, link });
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return scan;
}

/**
 * Every internal href/src/srcset in the built pages must reach a built file, and a
 * `#fragment` an element id (or name) on the target page. External links are not fetched.
 */
export function findBrokenLinks(pages: readonly BuiltPage[], fileExists: (file: string) => boolean, siteOrigin: string): BrokenLink[] {
  const scans = pages.map((page) => ({ page, scan: scanPage(page.html) }));
  const idsByFile = new Map(scans.map(({ page, scan }) => [filesForPath(page.path)[0] ?? page.path, scan.ids]));
  const existing = new Map<string, string | undefined>();
  const resolveFile = (pathname: string) => {
    if (!existing.has(pathname))
      existing.set(
        pathname,
        filesForPath(pathname).find((candidate) => fileExists(candidate)),
      );
    return existing.get(pathname);
  };

  const broken: BrokenLink[] = [];
  for (const { page, scan } of scans) {
    for (const { attribute, link } of scan.links) {
      const target = internalTarget(link, page.path, siteOrigin);
      if (!target) continue;
      const file = resolveFile(target.pathname);
      if (!file) {
        broken.push({ page: page.path, attribute, link, reason: `no built file for ${target.pathname}` });
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && !idsByFile.get(file)?.has(fragment)) {
        broken.push({ page: page.path, attribute, link, reason: `no element with id "${fragment}" on ${target.pathname}` });
      }
    }
  }
  return broken;
}
