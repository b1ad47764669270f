/** Rules between files: unique slugs, positions and step ids; scorecard templates that exist and match. */
import { closestMatch } from '../../domain/near-miss.ts';
import type { CheckedArticle, CheckedScorecard, ContentProblem } from './problem.ts';

export function checkAcrossArticles(articles: CheckedArticle[], scorecards: CheckedScorecard[], problems: ContentProblem[]): void {
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
