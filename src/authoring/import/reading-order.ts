/**
 * Where an imported article goes in the reading order: between the articles its export's
 * footer names as Previous and Next when they are neighbours with room between them; otherwise
 * at the next free position, with what to renumber to put it between them. Nothing existing moves.
 */
import { taxonomySlug } from '../../domain/taxonomy.ts';
import { closestMatch } from '../../domain/near-miss.ts';
import { parseYaml, splitFrontmatter } from '../frontmatter.ts';
import type { SourceFile } from '../check/problem.ts';

export interface ExistingArticle {
  file: string;
  title: string;
  position: number;
}

/** The position an imported article takes in the reading order, and why. */
export interface ReadingPosition {
  position: number;
  /** What the footer's titles matched and why the position was chosen. */
  notes: string[];
  /** Position changes that would put the article between its neighbours, when it is not. */
  renumber: string[];
}

/** Title and position of each article whose frontmatter gives them (a broken article has none to offer). */
export function existingArticles(sources: readonly SourceFile[]): ExistingArticle[] {
  return sources.flatMap((source) => {
    const { yaml } = splitFrontmatter(source.text);
    const data = (yaml === undefined ? undefined : parseYaml(yaml).data) as { title?: unknown; position?: unknown } | undefined;
    return typeof data?.title === 'string' && typeof data.position === 'number' ? [{ file: source.file, title: data.title, position: data.position }] : [];
  });
}

const describe = (article: ExistingArticle) => `${article.file} (position ${article.position})`;

function matchTitle(label: string, title: string | undefined, existing: readonly ExistingArticle[], notes: string[]): ExistingArticle | undefined {
  if (!title) return undefined;
  const found = existing.find((article) => taxonomySlug(article.title) === taxonomySlug(title));
  if (found) notes.push(`${label} "${title}" is ${describe(found)}`);
  else {
    const near = closestMatch(
      title,
      existing.map((article) => article.title),
    );
    notes.push(`${label} "${title}" matches no article${near ? ` (did you mean "${near}"?)` : ''}`);
  }
  return found;
}

export function readingPosition(footer: { previous?: string; next?: string } | undefined, existing: readonly ExistingArticle[]): ReadingPosition {
  const notes: string[] = [];
  const renumber: string[] = [];
  const nextFree = Math.max(0, ...existing.map((article) => article.position)) + 1;
  const previous = matchTitle('Previous', footer?.previous, existing, notes);
  const next = matchTitle('Next', footer?.next, existing, notes);
  if (!footer) notes.push('the export has no "Previous: … | Next: …" footer');
  if (!previous || !next) {
    notes.push(`position ${nextFree}: the next free position, after every article; move it by hand if it belongs elsewhere`);
    return { position: nextFree, notes, renumber };
  }
  if (previous.position >= next.position) {
    notes.push(`position ${nextFree}: Previous comes after Next in the reading order here, so the export's order does not fit this site's`);
    return { position: nextFree, notes, renumber };
  }
  const between = existing.filter((article) => article.position > previous.position && article.position < next.position);
  if (between.length) {
    notes.push(
      `position ${nextFree}: ${between.map(describe).join(', ')} already ${between.length === 1 ? 'sits' : 'sit'} between them; if the export is ${between.length === 1 ? 'that article' : 'one of them'}, this is a second copy`,
    );
    return { position: nextFree, notes, renumber };
  }
  if (next.position - previous.position > 1) {
    notes.push(`position ${previous.position + 1}: between them`);
    return { position: previous.position + 1, notes, renumber };
  }
  // Neighbours with no room between: every article from Next on moves up one, up to the first gap.
  const taken = new Map(existing.map((article) => [article.position, article]));
  for (let position = next.position; taken.has(position); position++) renumber.push(`${taken.get(position)!.file}: position ${position} → ${position + 1}`);
  renumber.push(`this article: position ${nextFree} → ${next.position}`);
  notes.push(`position ${nextFree}: the next free position, since no position is free between them; to put it between them, renumber as below`);
  return { position: nextFree, notes, renumber };
}
