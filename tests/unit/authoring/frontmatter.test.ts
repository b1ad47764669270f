import { describe, expect, it } from 'vitest';
import { blankFrontmatter, splitFrontmatter } from '../../../src/authoring/frontmatter.ts';

describe('blankFrontmatter', () => {
  const source = '---\ntitle: A\ntags:\n  - x\n---\n\n## Heading\n\n<Tldr />\n';

  it('empties the YAML between the fences and keeps every body line where it was', () => {
    const blanked = blankFrontmatter(source);
    expect(blanked).toBe('---\n\n\n\n---\n\n## Heading\n\n<Tldr />\n');
    expect(blanked.split('\n').indexOf('## Heading')).toBe(source.split('\n').indexOf('## Heading'));
    expect(splitFrontmatter(blanked)).toMatchObject({ yaml: '\n\n', body: splitFrontmatter(source).body, bodyFirstLine: 6 });
  });

  it('leaves a file without frontmatter as it is', () => {
    expect(blankFrontmatter('## Only a body\n')).toBe('## Only a body\n');
  });
});
