import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem, type SourceFile } from '../../../../src/authoring/check/index.ts';
import { rootLocale, type SiteLocale } from '../../../../src/domain/locales.ts';
import { siteRoot } from '../../../helpers/paths.ts';
import { siteConfig } from '../../../helpers/site-config.ts';

const german: SiteLocale = { key: 'de', lang: 'de-DE', label: 'Deutsch', dir: 'ltr', prefix: '/de/' };
const config = { ...siteConfig, locales: [rootLocale(siteConfig.language), german] };

const read = (file: string, inCollection: string): SourceFile => ({
  file: `content/${file}`,
  text: readFileSync(join(siteRoot, 'content', file), 'utf8'),
  inCollection,
});
const articles = ['five-failure-modes', 'jazz-and-reliable-systems', 'policy-gated-ai'].map((slug) => read(`insights/${slug}.mdx`, `${slug}.mdx`));
const templates = ['failure-mode-coverage', 'ensemble-reliability', 'policy-gate-stack'].map((id) => read(`scorecards/${id}.yaml`, `${id}.yaml`));
const jazz = articles[1]!;

/** The jazz article, copied into German's folder (its text may stay English: the rules read its fields). */
function translation(edit: (text: string) => string = (text) => text, slug = 'jazz-and-reliable-systems'): SourceFile {
  const text = edit(jazz.text.replace('published: 2026-10-06', 'published: 2026-10-06\nupdated: 2026-11-20'));
  return { file: `content/insights/de/${slug}.mdx`, text, inCollection: `de/${slug}.mdx` };
}

const problems = (insights: SourceFile[], scorecards: SourceFile[] = templates) => checkContent({ insights, scorecards }, config).problems.map(formatProblem);
const replaced = (from: string | RegExp, to: string) => (text: string) => {
  const result = text.replace(from, to);
  if (result === text) throw new Error(`edit matched nothing: ${String(from)}`);
  return result;
};

describe('translations in the content check', () => {
  it('accepts a translation beside its original: same slug, same position, its own language’s links', () => {
    const linking = translation(replaced(/\n## /, '\nSee [the failure modes](/de/insights/five-failure-modes/#framework).\n\n## '));
    expect(problems([...articles, linking])).toEqual([]);
  });

  it('reports a link to a page the language does not have', () => {
    const linking = translation(replaced(/\n## /, '\nSee [nothing](/de/insights/no-such-playbook/).\n\n## '));
    expect(problems([...articles, linking])).toEqual([
      expect.stringMatching(/^content\/insights\/de\/jazz-and-reliable-systems\.mdx:\d+ {2}\(MDX body\): link \/de\/insights\/no-such-playbook\/ /),
    ]);
  });

  it('warns about a translation older than its original’s last change, at its date', () => {
    const stale = translation(replaced('updated: 2026-11-20', 'updated: 2026-10-07'));
    const original = { ...jazz, text: jazz.text.replace('published: 2026-10-06', 'published: 2026-10-06\nupdated: 2026-11-02') };
    expect(problems([articles[0]!, original, articles[2]!, stale])).toEqual([
      'content/insights/de/jazz-and-reliable-systems.mdx:5  warning: updated: the original content/insights/jazz-and-reliable-systems.mdx changed on 2026-11-02, after this translation (2026-10-07); expected the translation brought up to date  (hint: translate what changed, then set updated: 2026-11-02 or later)',
    ]);
  });

  it('requires what readers compare across languages to stay the same: steps, template, position', () => {
    const moved = translation((text) => replaced('position: 2', 'position: 7')(replaced('id: post-set-debrief', 'id: debrief')(text)));
    expect(problems([...articles, moved], templates)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^content\/insights\/de\/jazz-and-reliable-systems\.mdx:\d+ {2}framework\.steps: expected the same step ids, in the same order, as its original content\/insights\/jazz-and-reliable-systems\.mdx: \[.*post-set-debrief\]; received \[.*debrief\]$/,
        ),
        'content/insights/de/jazz-and-reliable-systems.mdx:7  position: expected the same position as its original content/insights/jazz-and-reliable-systems.mdx: 2; received 7',
      ]),
    );
  });

  it('requires a translated scorecard template to keep its areas and version', () => {
    const template = templates[1]!;
    const translated = {
      file: 'content/scorecards/de/ensemble-reliability.yaml',
      text: template.text.replace('version: 1', 'version: 2'),
      inCollection: 'de/ensemble-reliability.yaml',
    };
    expect(problems([...articles, translation()], [...templates, translated])).toEqual([
      'content/scorecards/de/ensemble-reliability.yaml  version: expected the same version (saved scores name it) as its original content/scorecards/ensemble-reliability.yaml: 1; received 2',
    ]);
  });

  it('lets an article be written in one language only, if its place in the reading order is free', () => {
    expect(problems([...articles, translation(undefined, 'nur-auf-deutsch')])).toEqual([
      "content/insights/de/nur-auf-deutsch.mdx:7  position: series position 2 is content/insights/jazz-and-reliable-systems.mdx's, shown beside this article in its language; expected a position no article of the default language has",
    ]);
    expect(problems([...articles, translation(replaced('position: 2', 'position: 9'), 'nur-auf-deutsch')])).toEqual([]);
  });

  it('counts a translation still a draft as no gap in the reading order: its original stands in its place', () => {
    expect(problems([...articles, translation(replaced('position: 2', 'position: 2\ndraft: true'))])).toEqual([]);
  });
});
