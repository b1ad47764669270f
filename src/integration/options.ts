/**
 * The options of `setlist({...})`, validated as the site's config is loaded. A bad option is an
 * Astro error in the content check's words (which option, what was expected, what was found, a
 * hint), never a stack trace of zod's.
 */
import { AstroError } from 'astro/errors';
import { fieldsAt, schemaProblems } from '../authoring/check/schema-issues.ts';
import { siteConfigSchema, type SiteConfig } from '../schemas/site.ts';

/** Where the options are written, as the messages name it. */
const optionsPlace = 'astro.config.mjs  setlist()';

export function parseSetlistOptions(options: unknown): SiteConfig {
  const result = schemaProblems(siteConfigSchema, options ?? {}, (path) => fieldsAt(siteConfigSchema, path));
  if (result.ok) return result.data;
  // The schema's words are a content file's ("field"); here they are options.
  const lines = result.problems.map(
    (problem) =>
      `${optionsPlace} option ${problem.field}: ${problem.message.replace(/^unknown field/, 'unknown option')}${problem.hint ? `  (hint: ${problem.hint})` : ''}`,
  );
  const error = new AstroError(
    `Invalid Setlist options:\n${lines.join('\n')}`,
    'Fix the options of setlist({...}) in astro.config.mjs; the README lists every option with its default.',
  );
  // The problem is in the site's config, not in code: a stack would only point into Setlist.
  Object.assign(error, { name: 'SetlistOptionsError', title: 'Invalid Setlist options.', stack: '' });
  throw error;
}
