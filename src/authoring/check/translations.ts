/**
 * Rules between a translation and its original (the default language's file of the same name):
 * what readers compare across languages stays the same (steps, template, reading order,
 * scorecard areas and version), and a translation older than its original's last change is
 * reported, so it is brought up to date.
 */
import { isoDate } from '../../domain/calendar-date.ts';
import { rootLocaleKey } from '../../domain/locales.ts';
import type { CheckedArticle, CheckedScorecard, ContentProblem } from './problem.ts';

/** The last day someone changed or checked a playbook. */
const lastTouched = (article: CheckedArticle): Date =>
  [article.data.published, article.data.updated, article.data.reviewed].reduce<Date>(
    (latest, date) => (date && date > latest ? date : latest),
    article.data.published,
  );

const originalsBy = <T extends { locale: string }>(items: readonly T[], slugOf: (item: T) => string): Map<string, T> =>
  new Map(items.filter((item) => item.locale === rootLocaleKey).map((item) => [slugOf(item), item]));

export function checkTranslations(articles: readonly CheckedArticle[], scorecards: readonly CheckedScorecard[], problems: ContentProblem[]): void {
  const originals = originalsBy(articles, (article) => article.slug);
  const positions = new Map([...originals.values()].map((article) => [article.data.position, article]));
  for (const translation of articles) {
    if (translation.locale === rootLocaleKey) continue;
    const line = (field: string) => (translation.fieldLines[field] === undefined ? {} : { line: translation.fieldLines[field] });
    const original = originals.get(translation.slug);
    if (!original) {
      // An article in one language only: its place in the reading order must be free in the default language too.
      const taken = positions.get(translation.data.position);
      if (taken)
        problems.push({
          file: translation.file,
          ...line('position'),
          field: 'position',
          message: `series position ${translation.data.position} is ${taken.file}'s, shown beside this article in its language; expected a position no article of the default language has`,
        });
      continue;
    }
    const same = (field: string, ours: string, theirs: string, what: string) => {
      if (ours !== theirs)
        problems.push({
          file: translation.file,
          ...line(field.split(/[.[]/)[0]!),
          field,
          message: `expected ${what} as its original ${original.file}: ${theirs}; received ${ours}`,
        });
    };
    const stepIds = (article: CheckedArticle) => `[${article.data.framework.steps.map((step) => step.id).join(', ')}]`;
    same('framework.steps', stepIds(translation), stepIds(original), 'the same step ids, in the same order,');
    same('scorecard.template', translation.data.scorecard.template, original.data.scorecard.template, 'the same scorecard template');
    same('position', String(translation.data.position), String(original.data.position), 'the same position');
    const changed = lastTouched(original);
    if (changed > lastTouched(translation))
      problems.push({
        severity: 'warning',
        file: translation.file,
        ...line(translation.data.updated ? 'updated' : 'published'),
        field: translation.data.updated ? 'updated' : 'published',
        message: `the original ${original.file} changed on ${isoDate(changed)}, after this translation (${isoDate(lastTouched(translation))}); expected the translation brought up to date`,
        hint: `translate what changed, then set updated: ${isoDate(changed)} or later`,
      });
  }
  const templates = originalsBy(scorecards, (template) => template.id);
  for (const translation of scorecards) {
    if (translation.locale === rootLocaleKey) continue;
    const original = templates.get(translation.id);
    if (!original) continue;
    const areaIds = (template: CheckedScorecard) => `[${template.data.areas.map((area) => area.id).join(', ')}]`;
    for (const [field, ours, theirs, what] of [
      ['areas', areaIds(translation), areaIds(original), 'the same area ids, in the same order,'],
      ['version', String(translation.data.version), String(original.data.version), 'the same version (saved scores name it)'],
    ] as const)
      if (ours !== theirs)
        problems.push({ file: translation.file, field, message: `expected ${what} as its original ${original.file}: ${theirs}; received ${ours}` });
  }
}
