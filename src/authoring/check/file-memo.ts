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

/** A rule's findings per checked article, valid while the rest of the site it reads (`context`) is as it was. */
interface RuleFindings {
  context: string;
  byArticle: WeakMap<CheckedArticle, ContentProblem[]>;
}

/** One memo per dev server, whose article schema and site settings never change while it runs. */
export interface FileCheckMemo {
  articles: Map<string, Remembered<CheckedArticle>>;
  scorecards: Map<string, Remembered<CheckedScorecard>>;
  rules: Map<string, RuleFindings>;
}

export const fileCheckMemo = (): FileCheckMemo => ({ articles: new Map(), scorecards: new Map(), rules: new Map() });

/** An article's findings by one rule: those found now, or those found for it before. */
export type ArticleFindings = (article: CheckedArticle, find: () => ContentProblem[]) => ContentProblem[];

/**
 * For a rule that spans files but judges each article by itself, given the site's settings and
 * `context` (the rest of the site it reads, as text, such as every slug): with a memo, an article
 * whose text is unchanged (the same checked article, see checkEachFile) keeps its findings while
 * the context is unchanged, so a save is judged again only in the saved article.
 */
export function articleFindings(memo: FileCheckMemo | undefined, rule: string, context = ''): ArticleFindings {
  if (!memo) return (_article, find) => find();
  let remembered = memo.rules.get(rule);
  if (remembered?.context !== context) memo.rules.set(rule, (remembered = { context, byArticle: new WeakMap() }));
  const { byArticle } = remembered;
  return (article, find) => {
    let found = byArticle.get(article);
    if (!found) byArticle.set(article, (found = find()));
    return found;
  };
}

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
