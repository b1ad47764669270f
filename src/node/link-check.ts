import { Parser } from 'htmlparser2';

export interface BrokenLink {
  page: string;
  attribute: LinkAttribute;
  link: string;
  reason: string;
}

type LinkAttribute = 'href' | 'src' | 'srcset';

/**
 * Where a link leads inside the site, as one key for every page that links there: the path and
 * fragment as the URL parser gives them (`/insights/x/#step-2`), or `noSource` for a picture with
 * no `src`, or `notAUrl` for a link no browser can follow. Whether a target is reachable depends on
 * the built site, never on the page linking to it.
 */
export type LinkTarget = string;

/** Not paths (a target's path starts with `/`), so they never name a built file. */
const noSource: LinkTarget = '<img> without src';
const notAUrl: LinkTarget = 'not a URL';

/** One link of a page in document order; `target` is undefined for a link that leaves the site. */
export interface PageLink {
  attribute: LinkAttribute;
  link: string;
  target?: LinkTarget;
}

/** What the check keeps of a page: the ids on it and each target of its links, once. */
export interface PageLinks {
  ids: string[];
  targets: LinkTarget[];
}

/** Candidate output files for a path, the way static hosts resolve them. */
function filesForPath(pathname: string): string[] {
  const clean = pathname.replace(/^\/+/, '');
  if (clean === '' || clean.endsWith('/')) return [`${clean}index.html`];
  if (/\.[a-z0-9]+$/i.test(clean)) return [clean];
  return [`${clean}.html`, `${clean}/index.html`];
}

/** Which attribute of which element is a link (a Map: a tag such as `<constructor>` is no key of it). */
const linkAttributes = new Map<string, readonly LinkAttribute[]>([
  ['a', ['href']],
  ['link', ['href']],
  ['area', ['href']],
  ['img', ['src', 'srcset']],
  ['script', ['src']],
  ['source', ['src', 'srcset']],
]);

/** The target of a link on a page, or undefined when it leaves the site. */
function targetOf(link: string, pagePath: string, siteOrigin: string): LinkTarget | undefined {
  if (/^(mailto|tel|data|javascript):/i.test(link)) return undefined;
  const url = URL.parse(link, `${siteOrigin}${pagePath}`);
  if (!url) return notAUrl;
  return url.origin === siteOrigin ? `${url.pathname}${url.hash}` : undefined;
}

/**
 * One streaming pass over a page (htmlparser2, no DOM built): its anchor ids and its links, each
 * with its target. Attributes are taken one by one: with no `onopentag`, the parser makes no object
 * of a tag's attributes.
 */
export function scanPage(html: string, pagePath: string, siteOrigin: string): { ids: string[]; links: PageLink[] } {
  const ids: string[] = [];
  const links: PageLink[] = [];
  let tag = '';
  let hasSource = false;
  const parser = new Parser(
    {
      onopentagname(name) {
        tag = name;
        hasSource = false;
      },
      onattribute(name, value) {
        if (name === 'id' || (name === 'name' && tag === 'a')) {
          if (value) ids.push(value);
          return;
        }
        if (tag === 'img' && name === 'src' && value) hasSource = true;
        const attribute = linkAttributes.get(tag)?.find((candidate) => candidate === name);
        if (!attribute || !value) return;
        const candidates = attribute === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value];
        for (const link of candidates.filter(Boolean)) links.push({ attribute, link, target: targetOf(link, pagePath, siteOrigin) });
      },
      // A void element's tag closes as soon as it opens, after its attributes.
      onclosetag(name) {
        if (name === 'img' && !hasSource) links.push({ attribute: 'src', link: '(none)', target: noSource });
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return { ids, links };
}

/**
 * A copy of text cut from a page that does not keep the page alive: V8 represents a substring as
 * a view into its parent, so an id kept from every page would hold every page's HTML in memory
 * (at 3,000 articles, the check could not run in 200 MB of heap; now it does).
 */
const detachedCopy = (text: string): string => Buffer.from(text).toString();

/**
 * A page's scan as the check keeps it: its ids and its distinct targets, each text one copy
 * shared by every page through `kept` (most targets and many ids are on every page).
 */
export function pageLinksOf(scan: { ids: string[]; links: PageLink[] }, kept: Map<string, string>): PageLinks {
  const keep = (text: string) => {
    const copy = kept.get(text);
    if (copy !== undefined) return copy;
    const detached = detachedCopy(text);
    kept.set(detached, detached);
    return detached;
  };
  const targets = new Set<LinkTarget>();
  for (const { target } of scan.links) if (target !== undefined) targets.add(target);
  return { ids: [...new Set(scan.ids)].map(keep), targets: [...targets].map(keep) };
}

/**
 * Every target that the pages (each by its file inside the site) link to and the built site does
 * not have, with the reason: no built file for its path, no element with its fragment as id (or an
 * `<a name>`) on that file, a link that is no URL, or a picture with no `src` at all. External
 * links are not fetched.
 */
export function unreachableTargets(pages: Iterable<{ file: string; links: PageLinks }>, fileExists: (file: string) => boolean): Map<LinkTarget, string> {
  const idsByFile = new Map<string, ReadonlySet<string>>();
  const targets = new Set<LinkTarget>();
  for (const { file, links } of pages) {
    idsByFile.set(file, new Set(links.ids));
    for (const target of links.targets) targets.add(target);
  }
  const unreachable = new Map<LinkTarget, string>();
  for (const target of targets) {
    const reason = whyUnreachable(target, idsByFile, fileExists);
    if (reason) unreachable.set(target, reason);
  }
  return unreachable;
}

function whyUnreachable(target: LinkTarget, idsByFile: ReadonlyMap<string, ReadonlySet<string>>, fileExists: (file: string) => boolean): string | undefined {
  if (target === noSource) return 'an <img> with no src: the picture is missing from the page';
  if (target === notAUrl) return 'not a URL that a browser can follow';
  const hashAt = target.indexOf('#');
  const pathname = hashAt < 0 ? target : target.slice(0, hashAt);
  const fragment = hashAt < 0 ? '' : target.slice(hashAt + 1);
  const decodedPath = decodedOrUndefined(pathname);
  if (decodedPath === undefined) return `${pathname} is not a valid URL path: a % that starts no escape sequence`;
  const file = filesForPath(decodedPath).find(fileExists);
  if (!file) return `no built file for ${pathname}`;
  // As a browser looks for it: the fragment as written, then percent-decoded; `#top` with no such
  // element scrolls to the top of the page.
  if (!fragment || fragment.toLowerCase() === 'top') return undefined;
  const ids = idsByFile.get(file);
  const decodedFragment = decodedOrUndefined(fragment);
  if (ids?.has(fragment) || (decodedFragment !== undefined && ids?.has(decodedFragment))) return undefined;
  return `no element with id "${decodedFragment ?? fragment}" on ${pathname}`;
}

function decodedOrUndefined(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** A page's broken links in document order, given its scan and the unreachable targets of the site. */
export function brokenLinksOn(pagePath: string, links: readonly PageLink[], unreachable: ReadonlyMap<LinkTarget, string>): BrokenLink[] {
  return links.flatMap(({ attribute, link, target }) => {
    const reason = target === undefined ? undefined : unreachable.get(target);
    return reason ? [{ page: pagePath, attribute, link, reason }] : [];
  });
}
