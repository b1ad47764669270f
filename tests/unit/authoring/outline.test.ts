import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../src/authoring/outline.ts';
import { headingIds, tableOfContents } from '../../../src/domain/toc.ts';
import { uiTexts } from '../../../src/domain/ui-text/index.ts';
import { loadContent } from '../../helpers/content.ts';

const body = `<Tldr />

## Why it matters

Text with a <span>inline</span> element.

### A detail

<Framework />

<div class="aside">A note</div>

<Chart />
`;

describe('outline of an MDX body', () => {
  it('lists top-level headings and component tags in order, with lines', () => {
    const { items, misplacedParts, components } = outlineOf(body);
    expect(items).toEqual([
      { kind: 'component', name: 'Tldr', line: 1 },
      { kind: 'heading', depth: 2, text: 'Why it matters', line: 3 },
      { kind: 'heading', depth: 3, text: 'A detail', line: 7 },
      { kind: 'component', name: 'Framework', line: 9 },
      { kind: 'component', name: 'Chart', line: 13 },
    ]);
    // HTML elements are not components; a component is a component wherever it stands.
    expect(misplacedParts).toEqual([]);
    expect(components).toEqual([{ name: 'Chart', line: 13 }]);
  });
  it('lists what a body refers to, with lines: imports and the names they bring, components, images, names its JavaScript reads', () => {
    const outline = outlineOf(
      [
        "import Chart, { Bar as Column } from './Chart.astro';",
        "export const team = 'SRE';",
        '',
        'Two plus two is {2 + 2}, {team} and {count}. <Chart /> ![A band](./band.png "The band")',
        '',
        '- <Tldr />',
        '',
        '<span title={name}>x</span> and <Widget /> <img src="./x.png" alt="" />',
      ].join('\n'),
    );
    expect(outline.imports).toEqual([{ specifier: './Chart.astro', names: ['Chart', 'Column'], line: 1 }]);
    expect(outline.components).toEqual([
      { name: 'Chart', line: 4 },
      { name: 'Widget', line: 8 },
    ]);
    expect(outline.images).toEqual([
      { src: './band.png', alt: 'A band', line: 4, jsx: false },
      { src: './x.png', alt: '', line: 8, jsx: true },
    ]);
    expect(outline.freeNames).toEqual([
      { name: 'count', line: 4 },
      { name: 'name', line: 8 },
    ]);
    expect(outline.misplacedParts).toEqual([{ line: 6, reason: '<Tldr /> must stand on its own line, outside paragraphs, lists and other elements' }]);
  });
  it('throws an error with the line and the reason for broken MDX and broken JavaScript', () => {
    const errorOf = (body: string) => {
      try {
        outlineOf(body);
      } catch (error) {
        return { line: (error as { line?: number }).line, reason: (error as { reason?: string }).reason };
      }
      throw new Error('no error');
    };
    expect(errorOf('## Title\n\n<Framework\n')).toEqual({
      line: 3,
      reason: expect.stringMatching(/^Unexpected character after `<`, expected a valid JSX tag/),
    });
    expect(errorOf('text\n\n<Framework>\n')).toEqual({ line: 3, reason: 'Expected a closing tag for `<Framework>` (3:1)' });
    expect(errorOf('text\n\nTwo is {1 +} b\n')).toEqual({ line: 3, reason: expect.stringMatching(/^Could not parse expression/) });
    expect(errorOf('text\n\nimport Chart from\n')).toEqual({
      line: 3,
      reason: expect.stringMatching(/^Could not parse import\/exports with acorn: Unexpected token/),
    });
  });
  it('reads comments, spread attributes and JSX in exports as JavaScript, each at its own line', () => {
    const outline = outlineOf('export const note = <b>{title}</b>;\n\n{/* a comment */}\n\n<Card {...props}\n  size={size}\n/>\n');
    expect(outline.freeNames.toSorted((a, b) => (a.line ?? 0) - (b.line ?? 0) || a.name.localeCompare(b.name))).toEqual([
      { name: 'title', line: 1 },
      { name: 'props', line: 5 },
      { name: 'size', line: 6 },
    ]);
  });
});

describe('table of contents', () => {
  it('interleaves part headings and narrative headings in body order, with the ids Astro gives headings, and the steps under the framework', () => {
    const seed = loadContent().articles.find((article) => article.slug === 'jazz-and-reliable-systems');
    if (!seed) throw new Error('seed article missing');
    const toc = tableOfContents(seed.outline, seed.data, uiTexts.en.article);
    expect(toc.slice(0, 5)).toEqual([
      { id: 'tldr', text: 'TL;DR' },
      { id: 'why-this-matters-in-production', text: 'Why This Matters in Production' },
      {
        id: 'framework',
        text: 'Core Framework: Ensemble Reliability Discipline',
        children: [
          { id: 'step-shared-form', text: 'Step 1: Shared Form' },
          { id: 'step-contextual-handoff', text: 'Step 2: Contextual Handoff' },
          { id: 'step-rhythm-stability', text: 'Step 3: Rhythm Stability' },
          { id: 'step-dynamic-range-control', text: 'Step 4: Dynamic Range Control' },
          { id: 'step-post-set-debrief', text: 'Step 5: Post-Set Debrief' },
        ],
      },
      { id: 'scorecard', text: 'Reusable Scorecard' },
      { id: 'checklist', text: 'Practical Checklist' },
    ]);
    expect(toc).toHaveLength(15);
  });
  it('numbers repeated headings as GitHub does, counting every depth, and lists only ## headings', () => {
    const { items } = outlineOf('## Notes\n\n### Notes\n\n## Notes\n\n<Tldr />\n\n## Café & Co\n');
    expect(headingIds(items).map((heading) => heading.id)).toEqual(['notes', 'notes-1', 'notes-2', 'café--co']);
    const toc = tableOfContents(items, loadContent().articles[0]!.data, uiTexts.en.article);
    expect(toc).toEqual([
      { id: 'notes', text: 'Notes' },
      { id: 'notes-2', text: 'Notes' },
      { id: 'tldr', text: 'TL;DR' },
      { id: 'café--co', text: 'Café & Co' },
    ]);
  });
});
