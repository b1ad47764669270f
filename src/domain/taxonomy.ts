/**
 * Tags and series: one slug rule for URLs and one normal form for grouping, used by every
 * page, link, feed and search filter.
 */

/** Trimmed, single-spaced: how a tag or series name is shown. */
export function displayName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/**
 * `"Incident  Response"` → `"incident-response"`; case and spacing never split a tag. Latin letters
 * lose their accents (`"Zuverlässigkeit"` → `"zuverlassigkeit"`); the letters of other scripts stay
 * as they are (`"العمليات الموثوقة"` → `"العمليات-الموثوقة"`), so a tag or series in Arabic or
 * Japanese has a page too.
 */
export function taxonomySlug(name: string): string {
  return displayName(name)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\P{Script=Latin}a-z]|[^\p{L}\p{M}\p{N}]/gu, '-')
    .replace(/-+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export interface TagGroup<T> {
  slug: string;
  /** The first spelling seen, in reading order. */
  name: string;
  items: T[];
}

/** Groups items by tag slug; tags are listed by count, then name. */
export function groupByTag<T>(items: readonly T[], tagsOf: (item: T) => readonly string[]): TagGroup<T>[] {
  const groups = new Map<string, TagGroup<T>>();
  for (const item of items) {
    const seen = new Set<string>();
    for (const tag of tagsOf(item)) {
      const slug = taxonomySlug(tag);
      if (!slug || seen.has(slug)) continue;
      seen.add(slug);
      const group = groups.get(slug) ?? { slug, name: displayName(tag).toLowerCase(), items: [] };
      group.items.push(item);
      groups.set(slug, group);
    }
  }
  return [...groups.values()].sort((a, b) => b.items.length - a.items.length || a.name.localeCompare(b.name));
}
