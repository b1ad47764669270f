/**
 * The part of the content check that reads one file alone (its frontmatter, schema and body),
 * remembered by the file's text: a dev server's save checks the saved file again and reuses every
 * other file's findings, then runs the rules that span files over all of them, so the report is
 * the one a full check gives.
 */
import type { CheckedArticle, CheckedScorecard, ContentProblem, SourceFile } from './problem.ts';

interface Remembered<T> {
  text: string;
  problems: ContentProblem[];
  checked: T | undefined;
}

/** One memo per dev server, whose article schema never changes while it runs. */
export interface FileCheckMemo {
  articles: Map<string, Remembered<CheckedArticle>>;
  scorecards: Map<string, Remembered<CheckedScorecard>>;
}

export const fileCheckMemo = (): FileCheckMemo => ({ articles: new Map(), scorecards: new Map() });

/**
 * Every file's own check, in the order given, its problems added to `problems` as a fresh check
 * would add them. With a memo, a file whose text is unchanged is not checked again, and files no
 * longer given are forgotten.
 */
export function checkEachFile<T>(
  sources: SourceFile[],
  problems: ContentProblem[],
  check: (source: SourceFile, problems: ContentProblem[]) => T | undefined,
  memo: Map<string, Remembered<T>> | undefined,
): T[] {
  const results: T[] = [];
  for (const source of sources) {
    let remembered = memo?.get(source.file);
    if (remembered?.text !== source.text) {
      const own: ContentProblem[] = [];
      remembered = { text: source.text, problems: own, checked: check(source, own) };
      memo?.set(source.file, remembered);
    }
    problems.push(...remembered.problems);
    if (remembered.checked !== undefined) results.push(remembered.checked);
  }
  if (memo) {
    const given = new Set(sources.map((source) => source.file));
    for (const file of memo.keys()) if (!given.has(file)) memo.delete(file);
  }
  return results;
}
