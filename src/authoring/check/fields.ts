/** Each file's own fields: YAML syntax, the schema, and a file name that can be a slug. */
import type { insightSchema } from '../../schemas/insight.ts';
import type { scorecardTemplateSchema } from '../../schemas/scorecard.ts';
import { idPattern } from '../../schemas/shared.ts';
import { taxonomySlug } from '../../domain/taxonomy.ts';
import { parseYaml } from '../frontmatter.ts';
import type { ContentProblem } from './problem.ts';
import { fieldsAt, schemaProblems } from './schema-issues.ts';

/** Checks one YAML document against a schema; reports syntax and field problems with lines. */
export function checkYaml<T>(
  file: string,
  yamlText: string,
  firstLine: number,
  schema: typeof insightSchema | typeof scorecardTemplateSchema,
  problems: ContentProblem[],
): T | undefined {
  const parsed = parseYaml(yamlText);
  for (const error of parsed.syntaxErrors) {
    const colonInText = /mapping|implicit map/i.test(error.message);
    problems.push({
      file,
      line: error.line + firstLine - 1,
      field: '(YAML syntax)',
      message: error.message,
      ...(colonInText ? { hint: 'text that contains ": " must be wrapped in quotes' } : {}),
    });
  }
  if (parsed.syntaxErrors.length) return undefined;
  const result = schemaProblems(schema, parsed.data ?? {}, (path) => fieldsAt(schema, path));
  if (result.ok) return result.data as T;
  for (const problem of result.problems) {
    const line = parsed.lineOf(problem.path);
    problems.push({
      file,
      ...(line === undefined ? {} : { line: line + firstLine - 1 }),
      field: problem.field,
      message: problem.message,
      ...(problem.hint ? { hint: problem.hint } : {}),
    });
  }
  return undefined;
}

export function checkSlug(file: string, slug: string, problems: ContentProblem[]): void {
  if (!idPattern.safeParse(slug).success) {
    const extension = /\.[^./\\]+$/.exec(file)?.[0] ?? '';
    problems.push({
      file,
      field: '(file name)',
      message: `expected a file name of lowercase words joined by hyphens, received "${slug}"`,
      hint: `rename it to "${taxonomySlug(slug)}${extension}"`,
    });
  }
}
