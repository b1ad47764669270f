/** One article or scorecard template on its own: frontmatter, schema, MDX body and its parts. */
import type { z } from 'zod';
import { insightSchema, type Insight } from '../../schemas/insight.ts';
import { scorecardTemplateSchema, type ScorecardTemplate } from '../../schemas/scorecard.ts';
import { contentEntryId, localeOfContentFile, type SiteLocale } from '../../domain/locales.ts';
import { slugFromPath } from '../../domain/slug.ts';
import { structuredText } from '../../domain/article-text.ts';
import { readingMinutes } from '../../domain/reading-time.ts';
import { splitFrontmatter } from '../frontmatter.ts';
import { outlineOf, type Outline } from '../outline.ts';
import { directiveProblems } from '../../markdown/directive-problems.ts';
import { checkSlug, checkYaml } from './fields.ts';
import { checkPartOrder } from './part-order.ts';
import type { CheckedArticle, CheckedScorecard, ContentProblem, SourceFile } from './problem.ts';

/**
 * One article. Given the site's article schema (Setlist's, with the site's own fields), every
 * field is checked; without it, fields Setlist does not know are left to the site's schema.
 */
export function checkArticle(
  source: SourceFile,
  problems: ContentProblem[],
  locales: readonly SiteLocale[],
  siteSchema?: z.ZodType,
): CheckedArticle | undefined {
  const { file } = source;
  const slug = slugFromPath(file);
  const inCollection = source.inCollection ?? slug;
  checkSlug(file, slug, problems);
  const split = splitFrontmatter(source.text);
  if (split.yaml === undefined) {
    problems.push({
      file,
      line: 1,
      field: '(frontmatter)',
      message: 'expected YAML frontmatter between two "---" lines at the top of the file, received none',
    });
    return undefined;
  }
  const data = checkYaml<Insight>(file, split.yaml, split.yamlFirstLine, siteSchema ?? insightSchema, problems, siteSchema ? 'checked' : 'deferred');
  let outline: Outline;
  try {
    outline = outlineOf(split.body);
  } catch (error) {
    // A body outlineOf cannot read comes with its line in the body, where it could be found.
    const place = error as { line?: number; reason?: string; message?: string };
    problems.push({
      file,
      ...(place.line === undefined ? {} : { line: place.line + split.bodyFirstLine - 1 }),
      field: '(MDX body)',
      message: `MDX syntax error: ${place.reason ?? place.message ?? String(error)}`,
    });
    return undefined;
  }
  checkPartOrder(file, outline.items, split.bodyFirstLine, problems);
  const at = (line: number | undefined) => (line === undefined ? {} : { line: line + split.bodyFirstLine - 1 });
  for (const { reason, line } of outline.misplacedParts) problems.push({ file, ...at(line), field: '(MDX body)', message: reason });
  for (const { message, line, hint } of directiveProblems(outline.tree, split.body))
    problems.push({ file, ...at(line), field: '(MDX body)', message, ...(hint ? { hint } : {}) });
  const { links, images, imports, components, freeNames } = outline;
  return data
    ? {
        file,
        slug,
        id: contentEntryId(inCollection, locales),
        locale: localeOfContentFile(inCollection, locales).key,
        data,
        outline: outline.items,
        readingMinutes: readingMinutes([split.body, ...structuredText(data)]),
        references: { links, images, imports, components, freeNames },
        body: split.body,
        bodyFirstLine: split.bodyFirstLine,
        fieldLines: fieldLinesOf(data, split.yaml, split.yamlFirstLine),
      }
    : undefined;
}

/**
 * Where the fields that rules after the schema report on are written: each top-level field (a key
 * at the start of a line) and each step's `lastExercised` (by order: the schema allows that key
 * nowhere else). Read from the text: YAML's positions would cost a second parse of every article.
 */
function fieldLinesOf(data: Insight, yaml: string, firstLine: number): Record<string, number> {
  const lines: Record<string, number> = {};
  const drillLines: number[] = [];
  yaml.split('\n').forEach((text, index) => {
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(text)?.[1];
    if (key && !(key in lines)) lines[key] = index + firstLine;
    if (/^\s+.*\blastExercised\s*:/.test(text)) drillLines.push(index + firstLine);
  });
  data.framework.steps
    .flatMap((step, index) => (step.lastExercised ? [index] : []))
    .forEach((stepIndex, order) => {
      const line = drillLines[order];
      if (line !== undefined) lines[`framework.steps[${stepIndex}].lastExercised`] = line;
    });
  return lines;
}

export function checkScorecard(source: SourceFile, problems: ContentProblem[], locales: readonly SiteLocale[]): CheckedScorecard | undefined {
  const id = slugFromPath(source.file);
  checkSlug(source.file, id, problems);
  const data = checkYaml<ScorecardTemplate>(source.file, source.text, 1, scorecardTemplateSchema, problems);
  return data ? { file: source.file, id, locale: localeOfContentFile(source.inCollection ?? id, locales).key, data } : undefined;
}
