import { articleParts, articlePartTags, findPart } from '../../domain/anatomy.ts';
import type { OutlineItem } from '../outline.ts';
import type { ContentProblem } from './problem.ts';

/** Every part's tag in the body exactly once, in the canonical order (other components: check/body-references.ts). */
export function checkPartOrder(file: string, outline: OutlineItem[], bodyFirstLine: number, problems: ContentProblem[]): void {
  const at = (item: OutlineItem) => (item.line === undefined ? {} : { line: item.line + bodyFirstLine - 1 });
  const components = outline.filter((item): item is Extract<OutlineItem, { kind: 'component' }> => item.kind === 'component');
  for (const part of articleParts) {
    const uses = components.filter((item) => item.name === part.tag);
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
  for (const item of components.filter((candidate) => findPart(candidate.name))) {
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
