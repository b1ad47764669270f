/** Each file's own fields: YAML syntax, the schema, and a file name that can be a slug. */
import type { z } from 'zod';
import { closestMatch } from '../../domain/near-miss.ts';
import { idPattern } from '../../schemas/shared.ts';
import { taxonomySlug } from '../../domain/taxonomy.ts';
import { parseYaml } from '../frontmatter.ts';
import type { ContentProblem } from './problem.ts';
import { fieldsAt, schemaProblems } from './schema-issues.ts';

/**
 * Top-level fields a site may have added to the schema (`setlistCollections({ extend })`), left
 * out when the check runs without the site's schema: a name close to one of the schema's own is
 * still reported as a typo; any other is for the site's schema, which Astro's loader validates.
 */
function withoutSiteFields(data: unknown, schema: z.ZodType): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
  const own = fieldsAt(schema, []);
  return Object.fromEntries(Object.entries(data).filter(([key]) => own.includes(key) || closestMatch(key, own) !== undefined));
}

/**
 * Checks one YAML document against a schema; reports syntax and field problems with lines.
 * `siteFields: 'deferred'` leaves fields the schema does not name to the site's own schema.
 */
export function checkYaml<T>(
  file: string,
  yamlText: string,
  firstLine: number,
  schema: z.ZodType,
  problems: ContentProblem[],
  siteFields: 'deferred' | 'checked' = 'checked',
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
  const data = siteFields === 'deferred' ? withoutSiteFields(parsed.data ?? {}, schema) : (parsed.data ?? {});
  const result = schemaProblems(schema, data, (path) => fieldsAt(schema, path));
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
