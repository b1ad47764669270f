/** The blocks of an exported section (paragraphs, lists, sub-headings, tables, code) and how they are written back as MDX. */
import { endsSentence, listLine, markdownHeading, mdxText } from './export-text.ts';

export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  /** A Markdown sub-heading (`###` and deeper) inside a section. */
  | { kind: 'heading'; depth: number; text: string }
  /** A Markdown pipe table, row by row. */
  | { kind: 'table'; rows: string[] }
  /** A fenced code block, fences included: written back exactly as it was. */
  | { kind: 'code'; lines: string[] };

const fenceLine = /^\s*(```|~~~)/;
const tableRow = /^\s*\|.*\|\s*$/;

/**
 * Reads a section's lines as blocks. A blank line ends a paragraph; a line that does not end a
 * sentence runs on into the next (a wrapped line), while one that does starts a new paragraph
 * (exports that put one paragraph on each line with no blank between). A list goes on across
 * blank lines, and an indented or wrapped line continues its last item.
 */
export function blocksOf(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let open: Block | undefined;
  let afterBlank = false;
  const start = (block: Block) => {
    blocks.push(block);
    open = block;
    afterBlank = false;
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const fence = fenceLine.exec(line)?.[1];
    if (fence) {
      const code = [line];
      while (++index < lines.length && !lines[index]!.trimStart().startsWith(fence)) code.push(lines[index]!);
      if (index < lines.length) code.push(lines[index]!);
      start({ kind: 'code', lines: code });
      open = undefined;
      continue;
    }
    if (!line.trim()) {
      if (open?.kind !== 'list') open = undefined;
      afterBlank = true;
      continue;
    }
    const item = listLine(line);
    const heading = markdownHeading(line);
    const text = line.trim();
    if (item) {
      if (open?.kind === 'list') open.items.push(item.text);
      else start({ kind: 'list', ordered: item.ordered, items: [item.text] });
      afterBlank = false;
    } else if (tableRow.test(line)) {
      if (open?.kind === 'table') open.rows.push(text);
      else start({ kind: 'table', rows: [text] });
    } else if (heading) {
      start({ kind: 'heading', depth: heading.depth, text: heading.text });
      open = undefined;
    } else if (open?.kind === 'list' && !afterBlank && (/^\s{2,}/.test(line) || !endsSentence(open.items.at(-1)!))) {
      open.items[open.items.length - 1] += ` ${text}`;
    } else if (open?.kind === 'paragraph' && !endsSentence(open.text)) {
      open.text += ` ${text}`;
    } else {
      start({ kind: 'paragraph', text });
    }
  }
  return blocks;
}

/** Every piece of text in the blocks, in order: each paragraph, list item, sub-heading, table row and code line. */
export function textsOf(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) => {
    switch (block.kind) {
      case 'paragraph':
        return [block.text];
      case 'list':
        return block.items;
      case 'heading':
        return [block.text];
      case 'table':
        return block.rows;
      case 'code':
        return block.lines;
    }
  });
}

/** The blocks as MDX, paragraphs and list items escaped so that MDX reads them as text. */
export function blocksAsMdx(blocks: readonly Block[]): string {
  return blocks
    .map((block) => {
      switch (block.kind) {
        case 'paragraph':
          return mdxText(block.text);
        case 'list':
          return block.items.map((item, index) => `${block.ordered ? `${index + 1}.` : '-'} ${mdxText(item)}`).join('\n');
        case 'heading':
          return `${'#'.repeat(Math.max(3, block.depth))} ${mdxText(block.text)}`;
        case 'table':
          return block.rows.map(mdxText).join('\n');
        case 'code':
          return block.lines.join('\n');
      }
    })
    .join('\n\n');
}
