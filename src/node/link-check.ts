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
  /** Pictures with no `src` at all: a page that shows nothing where a picture belongs. */
  imagesWithoutSource: number;
}

/**
 * A copy of text cut from a page that does not keep the page alive: V8 represents a substring as
 * a view into its parent, so an id kept from every page would hold every page's HTML in memory
 * (at 3,000 articles, the check could not run in 200 MB of heap; now it does).
 */
const detached = (text: string): string => Buffer.from(text).toString();

/** One streaming pass over a page: its anchor ids and its links (htmlparser2, no DOM built). */
function scanPage(html: string): PageScan {
  const scan: PageScan = { ids: new Set(), links: [], imagesWithoutSource: 0 };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const id = attributes.id ?? (name === 'a' ? attributes.name : undefined);
        if (id) scan.ids.add(detached(id));
        if (name === 'img' && !attributes.src) scan.imagesWithoutSource++;
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
 * `#fragment` an element id (or name) on the target page; every `<img>` must have a `src`. External links are not fetched.
 * A page's links are followed as soon as it is scanned; only its ids, and the few links into
 * another page's fragments, are kept until every page is read. Given pages read one at a time,
 * the check so holds little more than the site's ids (at 3,000 articles, 12,000 pages).
 */
export function findBrokenLinks(pages: Iterable<BuiltPage>, fileExists: (file: string) => boolean, siteOrigin: string): BrokenLink[] {
  const idsByFile = new Map<string, Set<string>>();
  const existing = new Map<string, string | undefined>();
  const resolveFile = (pathname: string) => {
    if (!existing.has(pathname))
      existing.set(
        pathname,
        filesForPath(pathname).find((candidate) => fileExists(candidate)),
      );
    return existing.get(pathname);
  };

  // Numbered as met, so the report lists them in page order whenever each is decided.
  const broken: (BrokenLink & { order: number })[] = [];
  const intoOtherPages: { link: BrokenLink; order: number; file: string; fragment: string }[] = [];
  let order = 0;
  for (const { path, html } of pages) {
    const scan = scanPage(html);
    const ownFile = filesForPath(path)[0] ?? path;
    idsByFile.set(ownFile, scan.ids);
    for (let image = 0; image < scan.imagesWithoutSource; image++)
      broken.push({ page: path, attribute: 'src', link: '(none)', reason: 'an <img> with no src: the picture is missing from the page', order: ++order });
    for (const { attribute, link } of scan.links) {
      order++;
      const target = internalTarget(link, path, siteOrigin);
      if (!target) continue;
      const file = resolveFile(target.pathname);
      if (!file) {
        broken.push({ page: path, attribute, link, reason: `no built file for ${target.pathname}`, order });
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (!fragment) continue;
      const missing = { page: path, attribute, link, reason: `no element with id "${fragment}" on ${target.pathname}` };
      if (file !== ownFile) intoOtherPages.push({ link: { ...missing, link: detached(link) }, order, file, fragment });
      else if (!scan.ids.has(fragment)) broken.push({ ...missing, order });
    }
  }
  for (const { link, order: at, file, fragment } of intoOtherPages) if (!idsByFile.get(file)?.has(fragment)) broken.push({ ...link, order: at });
  return broken.sort((a, b) => a.order - b.order).map(({ page, attribute, link, reason }) => ({ page, attribute, link, reason }));
}
