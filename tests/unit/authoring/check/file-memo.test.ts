import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, fileCheckMemo, type SourceFile } from '../../../../src/authoring/check/index.ts';
import { placeholderMark } from '../../../../src/authoring/scaffold.ts';
import { canonicalArticleUrl } from '../../../../src/domain/urls.ts';
import { siteRoot } from '../../../helpers/paths.ts';
import { siteConfig } from '../../../helpers/site-config.ts';

/** The fixture site's content, as the check reads it. */
function shipped(folder: 'insights' | 'scorecards', extension: string): SourceFile[] {
  return readdirSync(join(siteRoot, 'content', folder))
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => ({ file: `content/${folder}/${name}`, text: readFileSync(join(siteRoot, 'content', folder, name), 'utf8') }));
}

type Content = { insights: SourceFile[]; scorecards: SourceFile[] };

const replaced = (sources: SourceFile[], file: string, from: string | RegExp, to: string): SourceFile[] =>
  sources.map((source) => {
    if (!source.file.endsWith(file)) return source;
    const text = source.text.replace(from, to);
    if (text === source.text) throw new Error(`edit matched nothing in ${file}: ${String(from)}`);
    return { ...source, text };
  });

/** One author's session: each step is the content after a save, as the dev server checks it. */
function session(): [string, Content][] {
  const start: Content = { insights: shipped('insights', '.mdx'), scorecards: shipped('scorecards', '.yaml') };
  const badTitle: Content = { ...start, insights: replaced(start.insights, 'jazz-and-reliable-systems.mdx', /^title: .*$/m, 'title: 42') };
  const slugClash: Content = {
    ...badTitle,
    insights: [...badTitle.insights, { file: 'content/insights/copy/jazz-and-reliable-systems.mdx', text: start.insights[1]!.text }],
  };
  const templateAreaGone: Content = { ...start, scorecards: replaced(start.scorecards, 'ensemble-reliability.yaml', /- id: [\w-]+/, '- id: renamed-area') };
  const removedTemplate: Content = { ...start, scorecards: start.scorecards.slice(1) };
  const brokenBody: Content = { ...start, insights: replaced(start.insights, 'five-failure-modes.mdx', /\n## /, '\n:::nope\n\n## ') };
  const placeholderLeft: Content = {
    ...start,
    insights: replaced(start.insights, 'policy-gated-ai.mdx', /^description: /m, `description: ${placeholderMark} `),
  };
  // A link that is right until the article it names goes: the linking article's text never changes.
  const linkToJazz = `\nSee ${canonicalArticleUrl(siteConfig, 'jazz-and-reliable-systems')} too.\n\n## `;
  const linked: Content = { ...start, insights: replaced(start.insights, 'five-failure-modes.mdx', /\n## /, linkToJazz) };
  // A checklist too long for one printed page: a warning only this article's change can bring.
  const longerItems = Array.from(
    { length: 14 },
    (_, index) => `  - Added step ${index + 1}, walk the whole team through the gateway's denied calls and write down who follows each one up.\n`,
  ).join('');
  const longChecklist: Content = { ...start, insights: replaced(start.insights, 'policy-gated-ai.mdx', /^checklist:\n/m, `checklist:\n${longerItems}`) };
  const linkedGone: Content = { ...linked, insights: linked.insights.filter((source) => !source.file.endsWith('jazz-and-reliable-systems.mdx')) };
  return [
    ['the shipped content', start],
    ['an article given a bad title', badTitle],
    ['a copy of an article under the same name', slugClash],
    ['the copy removed and the title fixed', start],
    ['a template area renamed', templateAreaGone],
    ['a template removed', removedTemplate],
    ['an unknown callout in a body', brokenBody],
    ['a placeholder left in a published article', placeholderLeft],
    ['a checklist grown past one printed page', longChecklist],
    ['the checklist back', start],
    ['a link to another article by its full URL', linked],
    ['the linked article removed', linkedGone],
    ['the linked article back', linked],
    ['everything back', start],
  ];
}

describe("the dev server's incremental check (checkContent with a memo)", () => {
  it('reports, after every save, exactly what a full check of the same files reports', () => {
    const memo = fileCheckMemo();
    const seen = new Set<number>();
    const fields = new Set<string | undefined>();
    for (const [step, content] of session()) {
      const full = checkContent(content, siteConfig);
      const incremental = checkContent(content, siteConfig, undefined, memo);
      expect(incremental.problems, step).toEqual(full.problems);
      expect(
        incremental.articles.map((article) => article.slug),
        step,
      ).toEqual(full.articles.map((article) => article.slug));
      expect(
        incremental.scorecards.map((scorecard) => scorecard.id),
        step,
      ).toEqual(full.scorecards.map((scorecard) => scorecard.id));
      seen.add(full.problems.length);
      for (const problem of full.problems) fields.add(problem.field);
    }
    // The session is not all quiet: the saves above break the content in different ways.
    expect(seen.size).toBeGreaterThan(2);
    expect(fields).toContain('checklist');
  });

  it('checks a file on its own again only when its text changed', () => {
    const memo = fileCheckMemo();
    const content: Content = { insights: shipped('insights', '.mdx'), scorecards: shipped('scorecards', '.yaml') };
    const first = checkContent(content, siteConfig, undefined, memo);
    const again = checkContent(content, siteConfig, undefined, memo);
    // The same objects: nothing was parsed or validated again.
    expect(again.articles).toHaveLength(first.articles.length);
    again.articles.forEach((article, index) => expect(article).toBe(first.articles[index]));
    const edited = { ...content, insights: replaced(content.insights, 'five-failure-modes.mdx', /^description: /m, 'description: Edited. ') };
    const afterSave = checkContent(edited, siteConfig, undefined, memo);
    const changed = afterSave.articles.filter((article, index) => article !== first.articles[index]).map((article) => article.slug);
    expect(changed).toEqual(['five-failure-modes']);
  });
});
