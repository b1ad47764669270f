/** Listings a page at a time: the insights index stays light however many playbooks a site has. */

/** Articles on one page of the insights index. */
export const indexPageSize = 24;

export interface Page<T> {
  /** 1-based. */
  number: number;
  of: number;
  items: T[];
}

/** The items cut into pages of `size`, in order; no items make one empty page, so a listing always has its first page. */
export function pagesOf<T>(items: readonly T[], size: number): Page<T>[] {
  const of = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: of }, (_, index) => ({ number: index + 1, of, items: items.slice(index * size, (index + 1) * size) }));
}
