import { insightSchema, type Insight } from '../../schemas/insight.ts';
import { scorecardTemplateSchema, type ScorecardTemplate } from '../../schemas/scorecard.ts';
import { idPattern } from '../../schemas/shared.ts';
import { articleParts, articlePartTags, findPart } from '../../domain/anatomy.ts';
import { checklistFit } from '../../domain/checklist-fit.ts';
import { parseYaml, splitFrontmatter } from '../frontmatter.ts';
import { closestMatch } from '../../domain/near-miss.ts';
import { outlineOf, type Outline, type OutlineItem } from '../outline.ts';
import { fieldsAt, schemaProblems } from './schema-issues.ts';
import { slugFromPath } from '../../domain/slug.ts';
import { taxonomySlug } from '../../domain/taxonomy.ts';
import { absoluteLinks, lintTeaser } from '../../domain/linkedin.ts';
import { siteRoutes, type SiteRoutes } from '../../route-data/site-paths.ts';
import { articlePath, canonicalArticleUrl, checkOwnArticleLink, type UrlConfig } from '../../domain/urls.ts';

/** What the content check needs of the site config. */
export type CheckConfig = UrlConfig & { searchPath: string };

export interface SourceFile {
  /** Path as the author knows it, relative to the project, e.g. `content/insights/x.mdx`. */
  file: string;
  text: string;
}

export interface ContentProblem {
  /** Errors stop the build; warnings are printed and let it go on. */
  severity?: 'error' | 'warning';
  file: string;
  line?: number;
  field: string;
  message: string;
  hint?: string;
}

export interface CheckedArticle {
  file: string;
  slug: string;
  data: Insight;
  outline: OutlineItem[];
  links: Outline['links'];
  body: string;
  bodyFirstLine: number;
}

export interface CheckedScorecard {
  file: string;
  id: string;
  data: ScorecardTemplate;
}

export interface ContentCheckResult {
  problems: ContentProblem[];
  articles: CheckedArticle[];
  scorecards: CheckedScorecard[];
}

/** Checks one YAML document against a schema; reports syntax and field problems with lines. */
function checkYaml<T>(
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

function checkSlug(file: string, slug: string, problems: ContentProblem[]): void {
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

/** Every part placed exactly once, in the canonical order, and no unknown component. */
function checkPlacement(file: string, outline: OutlineItem[], bodyFirstLine: number, imported: Set<string>, problems: ContentProblem[]): void {
  const at = (item: OutlineItem) => (item.line === undefined ? {} : { line: item.line + bodyFirstLine - 1 });
  const placed = outline.filter((item): item is Extract<OutlineItem, { kind: 'component' }> => item.kind === 'component');
  for (const item of placed) {
    if (findPart(item.name) || imported.has(item.name)) continue;
    const suggestion = closestMatch(item.name, articlePartTags);
    problems.push({
      file,
      ...at(item),
      field: `<${item.name} />`,
      message: `unknown component; expected one of the article parts: ${articlePartTags.map((tag) => `<${tag} />`).join(', ')}`,
      ...(suggestion ? { hint: `did you mean <${suggestion} />?` } : {}),
    });
  }
  for (const part of articleParts) {
    const uses = placed.filter((item) => item.name === part.tag);
    if (uses.length === 0) {
      problems.push({
        file,
        field: `<${part.tag} />`,
        message: `missing from the body; expected <${part.tag} /> once, on its own line where that section belongs`,
      });
    }
    for (const extra of uses.slice(1)) {
      problems.push({ file, ...at(extra), field: `<${part.tag} />`, message: 'placed more than once; expected exactly one' });
    }
  }
  let expectedIndex = 0;
  for (const item of placed.filter((candidate) => findPart(candidate.name))) {
    const index = articlePartTags.indexOf(item.name as (typeof articlePartTags)[number]);
    if (index < expectedIndex) {
      const before = articlePartTags[expectedIndex - 1];
      problems.push({
        file,
        ...at(item),
        field: `<${item.name} />`,
        message: `out of order; expected it before <${before} /> (parts follow: ${articlePartTags.join(', ')})`,
      });
    }
    expectedIndex = Math.max(expectedIndex, index + 1);
  }
}

function checkArticle(source: SourceFile, problems: ContentProblem[]): CheckedArticle | undefined {
  const { file } = source;
  const slug = slugFromPath(file);
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
  const data = checkYaml<Insight>(file, split.yaml, split.yamlFirstLine, insightSchema, problems);
  let outline: Outline;
  try {
    outline = outlineOf(split.body);
  } catch (error) {
    const place = error as { line?: number; reason?: string; message?: string };
    // Some MDX parse errors carry their position only in the message: "(3:1-3:12)".
    const line = place.line ?? Number(/\((\d+):\d+/.exec(place.message ?? '')?.[1] ?? Number.NaN);
    problems.push({
      file,
      ...(Number.isFinite(line) ? { line: line + split.bodyFirstLine - 1 } : {}),
      field: '(MDX body)',
      message: `MDX syntax error: ${place.reason ?? place.message ?? String(error)}`,
    });
    return undefined;
  }
  checkPlacement(file, outline.items, split.bodyFirstLine, new Set(outline.imported), problems);
  return data ? { file, slug, data, outline: outline.items, links: outline.links, body: split.body, bodyFirstLine: split.bodyFirstLine } : undefined;
}

function checkScorecard(source: SourceFile, problems: ContentProblem[]): CheckedScorecard | undefined {
  const id = slugFromPath(source.file);
  checkSlug(source.file, id, problems);
  const data = checkYaml<ScorecardTemplate>(source.file, source.text, 1, scorecardTemplateSchema, problems);
  return data ? { file: source.file, id, data } : undefined;
}

/** Links in article bodies to the site's own pages must reach a page (and an anchor on it). */
function checkBodyLinks(articles: CheckedArticle[], routes: SiteRoutes, config: CheckConfig, problems: ContentProblem[]): void {
  const site = new URL(config.baseUrl);
  const knownPaths = [...routes.paths.keys()];
  for (const article of articles) {
    const base = new URL(articlePath(config, article.slug), site);
    for (const link of article.links) {
      let target: URL;
      try {
        target = new URL(link.url, base);
      } catch {
        continue;
      }
      if (target.origin !== site.origin) continue;
      const line = link.line === undefined ? {} : { line: link.line + article.bodyFirstLine - 1 };
      if (!routes.paths.has(target.pathname)) {
        const suggestion = closestMatch(target.pathname, knownPaths);
        problems.push({
          file: article.file,
          ...line,
          field: '(MDX body)',
          message: `link ${link.url} points to no page of the site (${target.pathname})`,
          ...(suggestion ? { hint: `did you mean ${suggestion}?` } : {}),
        });
        continue;
      }
      const anchors = routes.paths.get(target.pathname);
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && anchors && !anchors.has(fragment)) {
        const suggestion = closestMatch(fragment, [...anchors]);
        problems.push({
          file: article.file,
          ...line,
          field: '(MDX body)',
          message: `link ${link.url} points to no section "#${fragment}" on ${target.pathname}`,
          ...(suggestion ? { hint: `did you mean #${suggestion}?` } : {}),
        });
      }
    }
  }
}

const placeholderMark = 'TODO:';

/** Text the scaffold leaves for the author; a published article must have replaced all of it. */
function placeholderFields(value: unknown, path: string): string[] {
  if (typeof value === 'string') return value.includes(placeholderMark) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => placeholderFields(item, `${path}[${index}]`));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => placeholderFields(item, path ? `${path}.${key}` : key));
  }
  return [];
}

function checkPublishing(articles: CheckedArticle[], problems: ContentProblem[]): void {
  const byPosition = [...articles].sort((a, b) => a.data.position - b.data.position);
  for (const article of articles) {
    if (article.data.draft) continue;
    const fields = placeholderFields(article.data, '');
    const inBody = article.body.includes(placeholderMark);
    if (fields.length || inBody) {
      problems.push({
        file: article.file,
        field: fields[0] ?? '(MDX body)',
        message: `a published article still has scaffold placeholders ("${placeholderMark}") in ${[...fields, ...(inBody ? ['the MDX body'] : [])].join(', ')}; expected real text`,
        hint: 'replace them, or keep draft: true until the article is ready',
      });
    }
  }
  // A draft between published articles will reorder Previous / Next when it is published.
  byPosition.forEach((article, index) => {
    if (!article.data.draft) return;
    const before = byPosition
      .slice(0, index)
      .reverse()
      .find((candidate) => !candidate.data.draft);
    const after = byPosition.slice(index + 1).find((candidate) => !candidate.data.draft);
    if (before && after) {
      problems.push({
        severity: 'warning',
        file: before.file,
        field: 'position',
        message: `its next neighbour in the reading order, ${article.file} (position ${article.data.position}), is a draft; readers go from here to ${after.file} until it is published`,
      });
    }
  });
}

/** The printable checklist should fit one sheet; when it cannot, it still prints cleanly on two. */
function checkPrintedChecklist(articles: CheckedArticle[], problems: ContentProblem[]): void {
  for (const article of articles) {
    const fit = checklistFit(article.data);
    if (fit.fitsOnePage) continue;
    problems.push({
      severity: 'warning',
      file: article.file,
      field: 'checklist',
      message: `the printable checklist (${article.data.checklist.length} items and ${article.data.framework.steps.flatMap((step) => step.operatorChecks).length} operator checks) needs about ${Math.round(fit.estimatedHeightMm)} mm, more than one A4 or Letter page (${fit.pageHeightMm} mm); it will print on two`,
      hint: 'shorten checklist items or operator checks to fit one page',
    });
  }
}

/** The teaser fits LinkedIn, and hand-typed links to the site's articles are canonical. */
function checkSharing(articles: CheckedArticle[], config: CheckConfig, problems: ContentProblem[]): void {
  const slugs = articles.map((article) => article.slug);
  for (const article of articles) {
    for (const finding of lintTeaser(article.data.teaser, canonicalArticleUrl(config, article.slug))) {
      problems.push({ severity: finding.severity, file: article.file, field: 'teaser', message: finding.message });
    }
    const texts = [
      { field: 'teaser', text: article.data.teaser, line: undefined },
      ...article.body.split('\n').map((text, index) => ({ field: '(MDX body)', text, line: article.bodyFirstLine + index })),
    ];
    for (const { field, text, line } of texts) {
      for (const link of absoluteLinks(text)) {
        const problem = checkOwnArticleLink(config, link, slugs);
        if (!problem) continue;
        problems.push({
          file: article.file,
          ...(line === undefined ? {} : { line }),
          field,
          message: `link ${link} ${problem.message}${problem.expected ? `; expected ${problem.expected}` : ''}`,
          ...(field === 'teaser' ? { hint: 'the teaser needs no URL: "Full article: <canonical URL>" is added for you' } : {}),
        });
      }
    }
  }
}

function checkAcrossArticles(articles: CheckedArticle[], scorecards: CheckedScorecard[], problems: ContentProblem[]): void {
  const bySlug = new Map<string, CheckedArticle>();
  const byPosition = new Map<number, CheckedArticle>();
  for (const article of articles) {
    const sameSlug = bySlug.get(article.slug);
    if (sameSlug) {
      problems.push({
        file: article.file,
        field: '(file name)',
        message: `duplicate slug "${article.slug}": ${sameSlug.file} already uses it; expected every article file name to be unique`,
      });
    } else bySlug.set(article.slug, article);
    const samePosition = byPosition.get(article.data.position);
    if (samePosition) {
      problems.push({
        file: article.file,
        field: 'position',
        message: `duplicate series position ${article.data.position}: ${samePosition.file} already has it; expected a unique position`,
        hint: `the next free position is ${Math.max(...articles.map((a) => a.data.position)) + 1}`,
      });
    } else byPosition.set(article.data.position, article);

    const stepIds = new Map<string, number>();
    article.data.framework.steps.forEach((step, index) => {
      const first = stepIds.get(step.id);
      if (first !== undefined) {
        problems.push({
          file: article.file,
          field: `framework.steps[${index}].id`,
          message: `duplicate step id "${step.id}"; framework.steps[${first}] already uses it`,
        });
      } else stepIds.set(step.id, index);
    });

    const templateId = article.data.scorecard.template;
    const template = scorecards.find((scorecard) => scorecard.id === templateId);
    if (!template) {
      const suggestion = closestMatch(
        templateId,
        scorecards.map((scorecard) => scorecard.id),
      );
      problems.push({
        file: article.file,
        field: 'scorecard.template',
        message: `no scorecard template "${templateId}"; expected the id of a file in content/scorecards/ (${scorecards.map((s) => s.id).join(', ') || 'none exist'})`,
        ...(suggestion ? { hint: `did you mean "${suggestion}"?` } : {}),
      });
      continue;
    }
    const areaIds = template.data.areas.map((area) => area.id);
    const steps = article.data.framework.steps.map((step) => step.id);
    if (areaIds.join('\n') !== steps.join('\n')) {
      problems.push({
        file: article.file,
        field: 'scorecard.template',
        message: `scorecard template ${template.file} does not match framework.steps one to one; expected areas [${steps.join(', ')}] in this order, received [${areaIds.join(', ')}]`,
      });
    }
  }
}

/** Validates all content: each file against its schema, then the rules that span files. */
export function checkContent(input: { insights: SourceFile[]; scorecards: SourceFile[]; publicFiles?: string[] }, config: CheckConfig): ContentCheckResult {
  const problems: ContentProblem[] = [];
  const scorecards = input.scorecards.flatMap((source) => checkScorecard(source, problems) ?? []);
  const articles = input.insights.flatMap((source) => checkArticle(source, problems) ?? []);
  checkAcrossArticles(articles, scorecards, problems);
  checkSharing(articles, config, problems);
  const fileSlugs = input.insights.map((source) => slugFromPath(source.file));
  checkBodyLinks(articles, siteRoutes(config, articles, input.publicFiles ?? [], fileSlugs), config, problems);
  checkPublishing(articles, problems);
  checkPrintedChecklist(articles, problems);
  return { problems, articles, scorecards };
}

export const isError = (problem: ContentProblem): boolean => problem.severity !== 'warning';

/** `content/insights/x.mdx:12  framework.steps[2]: expected …  (hint: …)` */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const warning = problem.severity === 'warning' ? 'warning: ' : '';
  return `${where}  ${warning}${problem.field}: ${problem.message}${problem.hint ? `  (hint: ${problem.hint})` : ''}`;
}
