/**
 * The options of `setlist({...})`, validated as the site's config is loaded. A bad option is an
 * Astro error in the content check's words (which option, what was expected, what was found, a
 * hint), never a stack trace of zod's.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import { fieldsAt, schemaProblems } from '../authoring/check/schema-issues.ts';
import { uiLanguageOf, uiLanguages } from '../domain/ui-text/language.ts';
import { siteConfigSchema, type SiteConfig } from '../schemas/site.ts';

const optionsErrorName = 'SetlistOptionsError';

/** True for the error `parseSetlistOptions` throws: its message is for the site's owner, whole. */
export const isOptionsError = (error: unknown): error is AstroError => (error as Error | null)?.name === optionsErrorName;

/** Where an option is written in the site's config. */
const inAstroConfig = (option: string) => `astro.config.mjs  setlist() option ${option}`;

/** The validated options, or every problem with them, a line each, each named by `nameOf`. */
function validated(options: unknown, nameOf: (option: string) => string): { config: SiteConfig } | { problems: string[] } {
  const result = schemaProblems(siteConfigSchema, options ?? {}, (path) => fieldsAt(siteConfigSchema, path));
  if (result.ok) return { config: result.data };
  // The schema's words are a content file's ("field"); here they are options.
  return {
    problems: result.problems.map(
      (problem) => `${nameOf(problem.field)}: ${problem.message.replace(/^unknown field/, 'unknown option')}${problem.hint ? `  (hint: ${problem.hint})` : ''}`,
    ),
  };
}

/**
 * Every problem with the options, a line each, none when they are valid, for a command that takes
 * them as flags: `nameOf` names an option as the command's reader writes it.
 */
export function optionProblems(options: unknown, nameOf: (option: string) => string): string[] {
  const result = validated(options, nameOf);
  return 'problems' in result ? result.problems : [];
}

export function parseSetlistOptions(options: unknown): SiteConfig {
  const result = validated(options, inAstroConfig);
  if ('config' in result) return result.config;
  throw optionsError(result.problems);
}

/**
 * The options that name a file in the site's public/ folder and find none there (the avatar), as
 * the same error as a malformed option: a page would otherwise link a picture that is not served.
 */
export function assertPublicFilesExist(config: SiteConfig, publicDir: URL): void {
  const { avatar } = config.author;
  if (!avatar || existsSync(new URL(`.${avatar}`, publicDir))) return;
  throw optionsError([
    `${inAstroConfig('author.avatar')}: expected a file in the site's public/ folder; found no ${fileURLToPath(new URL(`.${avatar}`, publicDir))}`,
  ]);
}

/**
 * What the site's owner should know when Setlist has no reader text in the site's language: its
 * pages keep English labels around the articles (dates are still written in that language).
 */
export function untranslatedLanguageWarning(language: string, option = 'language'): string | undefined {
  if (uiLanguageOf(language)) return undefined;
  return `${inAstroConfig(option)}: Setlist's reader text comes in ${uiLanguages.join(', ')}, not "${language}"; the pages show English labels (dates are written in "${language}")`;
}

function optionsError(problems: string[]): AstroError {
  const error = new AstroError(
    `Invalid Setlist options:\n${problems.join('\n')}`,
    'Fix the options of setlist({...}) in astro.config.mjs; the README lists every option with its default.',
  );
  // The problem is in the site's config, not in code: a stack would only point into Setlist.
  Object.assign(error, { name: optionsErrorName, title: 'Invalid Setlist options.', stack: '' });
  return error;
}
