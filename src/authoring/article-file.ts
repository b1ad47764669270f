import { stringify } from 'yaml';
import { articleParts, type ArticlePartTag } from '../domain/anatomy.ts';

/** YAML as the authoring commands write it: quoted only where YAML needs it, never folded. */
export function yamlText(value: unknown): string {
  return stringify(value, { lineWidth: 0 });
}

/**
 * An article file: the frontmatter, then every part's tag on its own line in the anatomy's
 * order, each after the narrative sections placed before it, and the sections after the last part.
 */
export function articleFile(frontmatter: object, before: ReadonlyMap<ArticlePartTag, readonly string[]>, after: readonly string[] = []): string {
  const body = [...articleParts.flatMap((part) => [...(before.get(part.tag) ?? []), `<${part.tag} />`]), ...after].join('\n\n');
  return `---\n${yamlText(frontmatter)}---\n\n${body}\n`;
}
