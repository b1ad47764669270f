import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem, isError } from '../../../src/authoring/check/index.ts';
import { parseYaml, splitFrontmatter } from '../../../src/authoring/frontmatter.ts';
import { existingArticles, importArticle, type ImportedDraft, type ImportOptions } from '../../../src/authoring/import/index.ts';
import { listLine, readsAsTitle, unquoted } from '../../../src/authoring/import/export-text.ts';
import { readingPosition } from '../../../src/authoring/import/reading-order.ts';
import { importReportLines } from '../../../src/authoring/import/report.ts';
import { readScorecardSection } from '../../../src/authoring/import/scorecard-table.ts';
import { insightSchema } from '../../../src/schemas/insight.ts';
import { scorecardTemplateSchema } from '../../../src/schemas/scorecard.ts';
import { siteConfig } from '../../helpers/site-config.ts';
import { contentSources, loadContent } from '../../helpers/content.ts';
import { fixturesDir, projectRoot } from '../../helpers/paths.ts';

const shipped = contentSources();
const { articles, scorecards } = loadContent();
const seedArticle = articles.find((article) => article.slug === 'jazz-and-reliable-systems')!;
const seedTemplate = scorecards.find((scorecard) => scorecard.id === 'ensemble-reliability')!;
const seedExport = join(projectRoot, '../shared/seeds/000_f993ccf0994dd598.txt');
const fixture = (name: string) => join(fixturesDir, 'import', name);

function importFile(file: string, extra: Partial<ImportOptions> = {}): ImportedDraft {
  const result = importArticle({
    text: readFileSync(file, 'utf8'),
    fileName: basename(file),
    today: '2026-11-26',
    existing: existingArticles(shipped.insights),
    ...extra,
  });
  if (!result.ok) throw new Error(result.error);
  return result.draft;
}

const dataOf = (draft: ImportedDraft) => insightSchema.parse(parseYaml(splitFrontmatter(draft.article).yaml!).data);
const bodyOf = (draft: ImportedDraft) => splitFrontmatter(draft.article).body;
const templateOf = (draft: ImportedDraft) => scorecardTemplateSchema.parse(parseYaml(draft.scorecard).data);

/** The content check on the shipped content with the draft and its template added. */
function problemsWith(draft: ImportedDraft, article = draft.article): string[] {
  const result = checkContent(
    {
      insights: [...shipped.insights, { file: `content/insights/${draft.slug}.mdx`, text: article }],
      scorecards: [...shipped.scorecards, { file: `content/scorecards/${draft.slug}.yaml`, text: draft.scorecard }],
    },
    siteConfig,
  );
  return result.problems.filter(isError).map(formatProblem);
}

const isTodo = (text: string) => text.startsWith('TODO: ');

describe('importing the seed export', () => {
  const draft = importFile(seedExport, { slug: 'imported-seed' });
  const data = dataOf(draft);
  const seed = seedArticle.data;

  it('takes the slug from --slug, the title from the teaser URL, the description from the lede, and names the template after the slug', () => {
    expect(draft.slug).toBe('imported-seed');
    expect(data.title).toBe(seed.title);
    expect(data.description).toBe(seed.description);
    expect(data.draft).toBe(true);
    expect(data.scorecard.template).toBe('imported-seed');
    expect(data.published).toEqual(new Date('2026-11-26'));
  });

  it('reads the framework: its name, intro, and the five steps with their titles and summaries', () => {
    expect(data.framework.name).toBe(seed.framework.name);
    expect(data.framework.intro).toBe(seed.framework.intro);
    expect(data.framework.steps.map(({ id, title, summary }) => ({ id, title, summary }))).toEqual(
      seed.framework.steps.map(({ id, title, summary }) => ({ id, title, summary })),
    );
  });

  it("recovers the scorecard's five areas and both prompts of each from the run-together table, and its usage", () => {
    const template = templateOf(draft);
    expect(template.areas).toEqual(seedTemplate.data.areas);
    expect(template.title).toBe('Jazz and Reliable Systems Scorecard');
    expect(data.scorecard.usage).toBe(seed.scorecard.usage);
  });

  it('reads the three objections with their rebuttals, the four leadership questions, the 90-day text, the teaser without its URL and the CTA without the footer', () => {
    expect(data.objections).toEqual(seed.objections);
    expect(data.leadershipQuestions).toEqual(seed.leadershipQuestions);
    expect(data.ninetyDays).toBe(seed.ninetyDays);
    expect(data.teaser).toBe(seed.teaser);
    expect(data.cta).toBe(seed.cta);
  });

  it("reads the cadence's rhythms from its prose and the failure signals from their sentence", () => {
    expect(data.cadence.summary).toBe(seed.cadence.summary);
    expect(data.cadence.rhythms.map(({ interval, ritual }) => ({ interval, ritual }))).toEqual(
      seed.cadence.rhythms.map(({ interval, ritual }) => ({ interval, ritual })),
    );
    expect(data.cadence.rhythms.every((rhythm) => isTodo(rhythm.metric))).toBe(true);
    expect(data.failureSignals).toEqual(seed.failureSignals);
  });

  it("keeps the narrative sections in order around the part tags: the body is the hand-made seed's", () => {
    expect(bodyOf(draft)).toBe(seedArticle.body);
    expect(draft.report.narrative).toEqual(['Why This Matters in Production', 'Real-World Example', 'Integration With Adjacent Work']);
  });

  it('gives every list the export lost a TODO note saying what belongs there', () => {
    for (const list of [data.tldr, data.checklist, data.takeaways, ...data.framework.steps.map((step) => step.operatorChecks)]) {
      expect(list).toHaveLength(1);
      expect(isTodo(list[0]!), list[0]).toBe(true);
    }
    expect(data.framework.steps[0]!.operatorChecks[0]).toContain('the "Operator checks:" list of the export\'s "Step 1: Shared Form" is empty');
    expect(data.tldr[0]).toContain('the export\'s "TL;DR" section has none');
    expect(draft.report.todo.map((item) => item.field)).toEqual([
      'tldr[0]',
      ...[0, 1, 2, 3, 4].map((step) => `framework.steps[${step}].operatorChecks[0]`),
      'checklist[0]',
      ...[0, 1, 2, 3].map((rhythm) => `cadence.rhythms[${rhythm}].metric`),
      'takeaways[0]',
    ]);
  });

  it('passes the content check as a draft, and cannot be published while a TODO is left', () => {
    expect(problemsWith(draft)).toEqual([]);
    const published = problemsWith(draft, draft.article.replace('draft: true', 'draft: false'));
    expect(published.join('\n')).toMatch(/imported-seed\.mdx {2}tldr\[0\]: a published article still has scaffold placeholders \("TODO:"\)/);
  });

  it('reports what it recognised, what it kept as narrative, what needs the author, the neighbours and the preview URL', () => {
    const lines = importReportLines(draft, {
      files: { article: 'content/insights/imported-seed.mdx', scorecard: 'content/scorecards/imported-seed.yaml' },
      previewUrl: 'http://localhost:4321/insights/imported-seed/',
    }).join('\n');
    expect(lines).toContain(
      'Recognised: TL;DR (none: TODO); Core Framework: Ensemble Reliability Discipline (5 steps); Reusable Scorecard (5 rows); Practical Checklist (none: TODO)',
    );
    expect(lines).toContain('Kept as body sections, in order: Why This Matters in Production; Real-World Example; Integration With Adjacent Work');
    expect(lines).toContain('Needs the author: 12 TODO notes');
    expect(lines).toContain('title "Jazz and Reliable Systems" comes from the teaser\'s "Full article:" URL');
    expect(lines).toContain('Previous "Five Failure Modes" is content/insights/five-failure-modes.mdx (position 1)');
    // The export is the shipped seed: it already sits between its neighbours, so the copy goes last.
    expect(draft.position).toBe(4);
    expect(lines).toContain('content/insights/jazz-and-reliable-systems.mdx (position 2) already sits between them');
    expect(lines).toContain('Preview: npm run dev, then open http://localhost:4321/insights/imported-seed/');
  });
});

describe('exports in other shapes', () => {
  it('"•" bullets: every list kept, prompts parted at the joint most rows share (not in "DevOps" or "iPhone"), rhythms with metrics from a list', () => {
    const draft = importFile(fixture('runbooks-that-get-used.txt'));
    const data = dataOf(draft);
    expect(draft.slug).toBe('runbooks-that-get-used');
    expect(data.title).toBe('Runbooks That Get Used');
    expect(data.tldr).toHaveLength(3);
    expect(data.framework.steps.map((step) => step.operatorChecks.length)).toEqual([2, 2, 2, 2]);
    expect(data.framework.steps[1]!.operatorChecks).toEqual([
      'Each command was run in the last 90 days.',
      'Dangerous commands are marked and need a second person.',
    ]);
    expect(templateOf(draft).areas.map((area) => [area.evidencePrompt, area.nextMovePrompt])).toEqual([
      ['Alert-to-runbook links for DevOps-owned services', 'One alert linked this week'],
      ['Commands verified in the last quarter', 'One command re-run and dated'],
      ['Drills timed with an iPhone stopwatch and logged', 'One drill booked this month'],
      ['Runbook edits after each incident', 'One edit merged after the next page'],
    ]);
    expect(data.cadence.rhythms).toEqual([
      { interval: 'Weekly', ritual: 'Runbook review', metric: 'Runbooks opened during pages' },
      { interval: 'Monthly', ritual: 'Drill', metric: 'Time to the first correct action' },
    ]);
    expect(data.failureSignals).toEqual({
      intro: 'Runbooks are rotting when:',
      signals: ['Engineers ask in chat for a command that is in a runbook.', 'A runbook link returns a 404.'],
      response: 'When you see these, fix the runbook before the incident is closed.',
    });
    expect(data.teaser).not.toContain('Full article');
    expect(draft.report.todo).toEqual([]);
    expect(bodyOf(draft)).toMatch(/^\n<Tldr \/>\n\n## Why Runbooks Rot\n\nRunbooks are written once/);
  });

  it('"-" bullets and curly quotes: 3 steps with checks after an inline label, quotes stripped from objections, a tab-separated scorecard, MDX-unsafe text escaped', () => {
    const draft = importFile(fixture('on-call-export.txt'));
    const data = dataOf(draft);
    expect(data.title).toBe('On-Call Without Burnout');
    expect(data.framework.steps.map((step) => [step.id, step.title, step.summary])).toEqual([
      ['fair-rotation', 'Fair Rotation', 'Everyone on the rotation carries the same load, and swaps are easy.'],
      ['quiet-nights', 'Quiet Nights', 'Pages at night are for customer impact only.'],
      ['short-handovers', 'Short Handovers', 'Handovers take fifteen minutes and are written down.'],
    ]);
    expect(data.framework.steps[1]!.operatorChecks[0]).toBe('Actionable pages per night stay < 2 {the ceiling we agreed}.');
    expect(data.objections).toEqual([
      { objection: 'Isn’t on-call just part of the job?', rebuttal: 'It is, and so is doing it in a way people can keep doing for years.' },
      { objection: 'We are too small for a rotation.', rebuttal: 'Two people can rotate; one person cannot be on call for ever.' },
    ]);
    expect(templateOf(draft).areas[1]).toEqual({
      id: 'quiet-nights',
      title: 'Quiet Nights',
      evidencePrompt: 'Actionable pages per night',
      nextMovePrompt: 'One noisy alert removed',
    });
    expect(data.leadershipQuestions).toEqual(['Who carried the most pages this month, and why?', 'Which alert woke people most without needing them?']);
    expect(data.failureSignals.signals).toEqual(['People who swap out of nights.', 'Handovers that take an hour.', 'Pages that nobody acknowledges.']);
    expect(data.cta).toBe('What’s the one alert you would delete tomorrow?');
    expect(bodyOf(draft)).toContain('the team’s “quiet” target was \\{under 2\\} and it held.');
    expect(problemsWith(draft)).toEqual([]);
  });

  it('Markdown with ## headings: its frontmatter and # title, 7 steps under ###, a pipe table, task boxes, code kept as written', () => {
    const draft = importFile(fixture('change-management.md'));
    const data = dataOf(draft);
    expect(data.title).toBe('Change Management That Ships');
    expect(data.published).toEqual(new Date('2026-09-01'));
    expect(data.tags).toEqual(['change management', 'delivery']);
    expect(data.tldr[1]).toBe('Make every change visible before it lands.');
    expect(data.framework.steps).toHaveLength(7);
    expect(data.framework.steps[6]).toEqual({
      id: 'learning-from-failed-changes',
      title: 'Learning From Failed Changes',
      summary: 'Failed changes are reviewed like incidents.',
      operatorChecks: ['Every failed change has a short review within a week.'],
    });
    expect(templateOf(draft).areas.map((area) => area.id)).toEqual(data.framework.steps.map((step) => step.id));
    expect(templateOf(draft).areas[4]).toMatchObject({ evidencePrompt: 'Rollback drills this quarter', nextMovePrompt: 'Book one rollback drill' });
    expect(data.checklist).toEqual(['Measure the median change size per team.', 'Put every production change in one feed.', 'Book a rollback drill.']);
    expect(data.objections.map((item) => item.objection)).toEqual(['Small batches mean more deploys, and more risk.', 'Audit needs the board.']);
    expect(data.cadence).toEqual({
      summary: 'Cadence keeps the habits honest.',
      rhythms: [
        { interval: 'Weekly', ritual: 'Change review', metric: 'Failed changes and their causes' },
        { interval: 'Quarterly', ritual: 'Rollback drill', metric: 'Time to roll back a tier-1 service' },
      ],
    });
    const body = bodyOf(draft);
    expect(body).not.toContain('# Change Management That Ships');
    expect(body).toContain('A weekly change advisory board turns a ten-minute change into a seven-day wait, and the wait makes each change bigger.');
    expect(body).toContain('Try `deploy --plan {service}` first:\n\n```sh\ndeploy --plan {service} < changes.txt\n```');
    expect(draft.report.todo).toEqual([]);
    expect(problemsWith(draft)).toEqual([]);
  });

  it("takes the day of a date-time in the export's frontmatter as written; an impossible day becomes today, with a note", () => {
    const text = readFileSync(fixture('change-management.md'), 'utf8');
    const withDate = (date: string) =>
      importArticle({
        text: text.replace('date: 2026-09-01', `date: ${date}`),
        fileName: 'change-management.md',
        today: '2026-11-26',
        existing: existingArticles(shipped.insights),
      });
    const late = withDate('2026-09-01T23:30:00-05:00');
    expect(late.ok && dataOf(late.draft).published).toEqual(new Date('2026-09-01T00:00:00Z'));
    const impossible = withDate('2026-02-31');
    if (!impossible.ok) throw new Error(impossible.error);
    expect(dataOf(impossible.draft).published).toEqual(new Date('2026-11-26T00:00:00Z'));
    expect(impossible.draft.report.notes).toContain(
      "published is today (2026-11-26): the export's date, 2026-02-31, is not a real day (February 2026 has 28 days)",
    );
    expect(problemsWith(impossible.draft)).toEqual([]);
  });

  it('an export missing most sections: each missing part is a TODO naming the section the export lacks', () => {
    const draft = importFile(fixture('minimal.txt'));
    const data = dataOf(draft);
    expect(data.title).toBe('Incident Reviews That Change Something');
    expect(data.framework.steps.map((step) => step.operatorChecks)).toEqual([
      ['Timelines are built from logs within two days.'],
      ['Every action has an owner and a due date.'],
      ['Overdue actions are raised in the weekly review.'],
    ]);
    expect(data.ninetyDays).toBe('TODO: what a team can show after 90 days (the export has no "What Good Looks Like After 90 Days" section).');
    expect(data.teaser).toMatch(/^TODO: .*the export has no "LinkedIn Teaser" section/);
    expect(draft.report.missing).toEqual([
      'Reusable Scorecard',
      'Common Objections + Rebuttals',
      'Operating Cadence and Metrics',
      'Failure Signals to Watch',
      'Leadership Questions for Monthly Review',
      'What Good Looks Like After 90 Days',
      'Key Takeaways',
      'LinkedIn Teaser',
      'Closing CTA',
    ]);
    expect(templateOf(draft).areas.every((area) => isTodo(area.evidencePrompt) && isTodo(area.nextMovePrompt))).toBe(true);
    expect(draft.report.notes).toContain('the export has no "Previous: … | Next: …" footer');
    expect(problemsWith(draft)).toEqual([]);
  });

  it('the "•" bullets export passes the content check too', () => {
    expect(problemsWith(importFile(fixture('runbooks-that-get-used.txt')))).toEqual([]);
  });
});

describe('text that fits no field, and parts the export names another way', () => {
  const importText = (text: string) => {
    const result = importArticle({ text, fileName: 'export.txt', slug: 'odd-export', today: '2026-11-26', existing: existingArticles(shipped.insights) });
    if (!result.ok) throw new Error(result.error);
    return result.draft;
  };

  it('keeps text that fits no field as a comment before its part, lists it, and still passes the check', () => {
    const draft = importText(
      'A short lede.\n\nPractical Checklist\n\nBefore you start {really} */ read this:\n\n• Do a thing.\n• Do another <thing>.\n\nStep 1: Alpha\n\nAlpha text.\n\nOperator checks:\n\n• Check one.\n',
    );
    expect(dataOf(draft).checklist).toEqual(['Do a thing.', 'Do another <thing>.']);
    expect(draft.report.unplaced).toEqual([{ section: 'Practical Checklist', text: 'Before you start {really} */ read this:' }]);
    expect(bodyOf(draft)).toContain(
      '{/* Imported from "Practical Checklist" but fits none of its fields; place it or delete this note:\nBefore you start (really) * / read this:\n*/}\n\n<Checklist />',
    );
    expect(problemsWith(draft)).toEqual([]);
  });

  it('with no "Step N:" sections, takes the steps from the scorecard rows, their summaries and checks TODO', () => {
    const draft = importText(
      'A short lede.\n\nReusable Scorecard\n\nShared Form\t1-5\tOwner named\tName one owner\nQuiet Nights\t1-5\tPages a night\tRemove one alert\n',
    );
    const steps = dataOf(draft).framework.steps;
    expect(steps.map((step) => step.id)).toEqual(['shared-form', 'quiet-nights']);
    expect(steps.every((step) => isTodo(step.summary) && isTodo(step.operatorChecks[0]!))).toBe(true);
    expect(templateOf(draft).areas[1]).toEqual({
      id: 'quiet-nights',
      title: 'Quiet Nights',
      evidencePrompt: 'Pages a night',
      nextMovePrompt: 'Remove one alert',
    });
    expect(draft.report.notes).toContain('the export has no "Step N: …" sections; the steps\' titles come from the scorecard\'s rows');
    expect(problemsWith(draft)).toEqual([]);
  });

  it('reads numbered Markdown sub-headings as steps, and notes parts out of the anatomy’s order', () => {
    const draft = importText(
      '# T\n\nLede.\n\n## Core Framework: F\n\n### 1. Alpha One\n\nAlpha text.\n\n- check a\n\n### 2) Beta Two\n\nBeta text.\n\n**Operator checks:**\n\n1. check b\n\n## TL;DR\n\n* x\n',
    );
    expect(dataOf(draft).framework.steps).toEqual([
      { id: 'alpha-one', title: 'Alpha One', summary: 'Alpha text.', operatorChecks: ['check a'] },
      { id: 'beta-two', title: 'Beta Two', summary: 'Beta text.', operatorChecks: ['check b'] },
    ]);
    expect(draft.report.notes).toContain("the export's parts are not in Setlist's order; the body places them in the anatomy's order");
  });

  it('keeps a lede too long for the description at the top of the body, and says so', () => {
    const lede = `${'A lede that runs on and on '.repeat(12)}without ever stopping.`;
    const draft = importText(`${lede}\n\nTL;DR\n\n• One point.\n`);
    expect(dataOf(draft).description).toBe(`TODO: one sentence that says what the reader gains (the export's lede is longer than 300 characters).`);
    expect(bodyOf(draft)).toMatch(/^\nA lede that runs on/);
    expect(draft.report.notes[0]).toBe('the lede is longer than 300 characters: it opens the body, and the description is a TODO');
  });
});

describe('files that are not articles', () => {
  const attempt = (text: string, extra: Partial<ImportOptions> = {}) =>
    importArticle({ text, fileName: 'export.txt', today: '2026-11-26', existing: [], ...extra });

  it.each([
    ['an empty file', readFileSync(fixture('empty.txt'), 'utf8'), /^it is empty; expected a plain-text or Markdown export/],
    ['blank lines only', '\n \n\t\n', /^it is empty/],
    ['a binary file read as text', readFileSync(join(projectRoot, 'src/assets/fonts/inter-latin-400-normal.woff'), 'utf8'), /^it is a binary file/],
    [
      'text with no section of an article',
      readFileSync(fixture('not-an-article.txt'), 'utf8'),
      /^no section of a Setlist article was found; expected section titles/,
    ],
  ])('%s is refused with a reason', (_name, text, reason) => {
    const result = attempt(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(reason);
  });

  it('refuses a --slug that is not a slug', () => {
    const result = attempt('TL;DR\n\n• One point.\n', { slug: 'Bad Slug' });
    expect(result).toEqual({ ok: false, error: '--slug "Bad Slug": expected lowercase words joined by hyphens, like "jazz-and-reliable-systems"' });
  });
});

describe('the reading-order position of an import, between its Previous and Next', () => {
  const site = [
    { file: 'a.mdx', title: 'Alpha Article', position: 1 },
    { file: 'b.mdx', title: 'Beta Article', position: 3 },
    { file: 'c.mdx', title: 'Gamma Article', position: 4 },
  ];

  it('takes the free position between neighbours, matching titles whatever their case or punctuation', () => {
    expect(readingPosition({ previous: 'alpha article', next: 'Beta Article' }, site)).toMatchObject({ position: 2, renumber: [] });
  });
  it('with no room between them, takes the next free position and says what to renumber, moving nothing', () => {
    const chosen = readingPosition({ previous: 'Beta Article', next: 'Gamma Article' }, site);
    expect(chosen.position).toBe(5);
    expect(chosen.renumber).toEqual(['c.mdx: position 4 → 5', 'this article: position 5 → 4']);
  });
  it('with a neighbour it cannot find, takes the next free position and says so, suggesting a near title', () => {
    const chosen = readingPosition({ previous: 'Alpha Artcle' }, site);
    expect(chosen.position).toBe(5);
    expect(chosen.notes).toContain('Previous "Alpha Artcle" matches no article (did you mean "Alpha Article"?)');
  });
});

describe('export text', () => {
  it('reads list lines in every usual form', () => {
    expect(['• a', '•a', '- a', '* a', '+ a', '– a', '1. a', '12) a', '- [ ] a', '- [x] a', '▪ a'].map((line) => listLine(line)?.text)).toEqual(
      Array(11).fill('a'),
    );
    expect(listLine('1. a')?.ordered).toBe(true);
    expect(listLine('-a')).toBeUndefined();
    expect(listLine('*emphasis* in a sentence')).toBeUndefined();
  });
  it('strips straight and curly quotes around an objection', () => {
    expect(['"Why?"', '“Why?”', '‘Why?’', "'Why?'", 'Why?'].map(unquoted)).toEqual(Array(5).fill('Why?'));
  });
  it('tells a section title from a sentence or a list item that lost its bullet', () => {
    expect(['Why This Matters in Production', 'Real-World Example', 'Background'].every(readsAsTitle)).toBe(true);
    expect(
      ['Name an owner for every service', 'The goal is clarity.', 'What now?', 'Capability areaCurrent score (1-5)Evidence today'].some(readsAsTitle),
    ).toBe(false);
  });
  it('parts run-together rows with no joint as a TODO-bound evidence prompt only', () => {
    const { rows } = readScorecardSection(['Shared Form1-5all lower case text here'], ['Shared Form']);
    expect(rows).toEqual([{ title: 'Shared Form', evidencePrompt: 'all lower case text here', nextMovePrompt: undefined }]);
  });
});
