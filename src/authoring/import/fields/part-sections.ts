/**
 * What every part's field reader shares: the export's section for the part, the TODO note for
 * what that section lacks, and the report of what each section gave and what fits no field.
 */
import { articleParts, findPart, type ArticlePartTag } from '../../../domain/anatomy.ts';
import { uiTexts } from '../../../domain/ui-text/index.ts';
import { todo } from '../../scaffold.ts';
import { blocksOf, type Block } from '../blocks.ts';
import type { ImportReport } from '../report.ts';
import type { PartSection } from '../sections.ts';

/** The part's heading as Setlist writes it in English, the language exports are read in ("Practical Checklist"; "Core Framework: …"). */
export const partHeading = (tag: ArticlePartTag) => findPart(tag)!.heading(uiTexts.en.article.parts, { framework: { name: '…' } });

/** `plural(1, 'row')` → "1 row"; `plural(0, 'row')` → "no rows". */
export const plural = (count: number, word: string) => `${count || 'no'} ${word}${count === 1 ? '' : 's'}`;

export interface PartSections {
  /** The part's section, when the export has one. */
  section(tag: ArticlePartTag): PartSection | undefined;
  /** The part's section as blocks; none when the export has no such section. */
  blocks(tag: ArticlePartTag): Block[];
  /** A TODO note asking for `what`, saying whether the part's section lacks it or the export lacks the section. */
  gap(tag: ArticlePartTag, what: string): string;
  /**
   * Reports that the part was read, with `detail` on what it gave, under its section's heading;
   * with no section, under `readFrom`, the other sections it was read from, if any.
   */
  recognise(tag: ArticlePartTag, detail?: string | number, readFrom?: string): void;
  /** Text in the part's section that fits none of its fields: reported, and left as a comment in the body before the part. */
  unplace(tag: ArticlePartTag, texts: readonly string[]): void;
  note(text: string): void;
  /** Adds to the report the parts recognised, in the anatomy's order, and the parts not. */
  reportParts(): void;
}

/** The readers' view of the export's part sections; `before` takes the comments for unplaced text. */
export function partSections(sections: ReadonlyMap<ArticlePartTag, PartSection>, before: Map<ArticlePartTag, string[]>, report: ImportReport): PartSections {
  const found = new Map<ArticlePartTag, string>();
  return {
    section: (tag) => sections.get(tag),
    blocks: (tag) => blocksOf(sections.get(tag)?.lines ?? []),
    gap(tag, what) {
      const section = sections.get(tag);
      return todo(`${what} (${section ? `the export's "${section.heading}" section has none` : `the export has no "${partHeading(tag)}" section`}).`);
    },
    recognise(tag, detail, readFrom) {
      const heading = sections.get(tag)?.heading ?? readFrom;
      if (heading) found.set(tag, detail === undefined ? heading : `${heading} (${detail})`);
    },
    unplace(tag, texts) {
      if (!texts.length) return;
      const section = sections.get(tag)?.heading ?? partHeading(tag);
      report.unplaced.push(...texts.map((text) => ({ section, text })));
      // A "*/" in the text would end the MDX comment early, and a brace would unbalance the expression around it.
      const note = texts.join('\n').replace(/\*\//g, '* /').replace(/\{/g, '(').replace(/\}/g, ')');
      before.set(tag, [...(before.get(tag) ?? []), `{/* Imported from "${section}" but fits none of its fields; place it or delete this note:\n${note}\n*/}`]);
    },
    note(text) {
      report.notes.push(text);
    },
    reportParts() {
      report.recognised.push(...articleParts.flatMap((part) => found.get(part.tag) ?? []));
      report.missing.push(...articleParts.filter((part) => !found.has(part.tag)).map((part) => partHeading(part.tag)));
    },
  };
}
