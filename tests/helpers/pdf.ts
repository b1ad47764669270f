import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';

/** Each page's text pieces as the real PDF.js parser reads them, with the page's height (points). */
async function pdfPageItems(pdf: Buffer): Promise<{ items: TextItem[]; height: number }[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const pages: { items: TextItem[]; height: number }[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    pages.push({ items: content.items.filter((item): item is TextItem => 'str' in item), height: page.view[3]! - page.view[1]! });
  }
  await document.destroy();
  return pages;
}

const joined = (items: readonly TextItem[]): string =>
  items
    .map((item) => item.str)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The text of each page of a PDF, whitespace collapsed. */
export async function pdfPageTexts(pdf: Buffer): Promise<string[]> {
  return (await pdfPageItems(pdf)).map((page) => joined(page.items));
}

const pointsPerMm = 72 / 25.4;

/**
 * The text of each page in three bands, by where each piece stands: the top margin (a running
 * head), the page area, the bottom margin (a page number). `margins` in mm, as the print
 * stylesheet's `@page` sets them.
 */
export async function pdfPageBands(pdf: Buffer, margins: { top: number; bottom: number }): Promise<{ head: string; body: string; foot: string }[]> {
  return (await pdfPageItems(pdf)).map(({ items, height }) => {
    // transform[5] is the baseline's height above the page's bottom edge.
    const inHead = (item: TextItem) => item.transform[5] > height - margins.top * pointsPerMm;
    const inFoot = (item: TextItem) => item.transform[5] < margins.bottom * pointsPerMm;
    return {
      head: joined(items.filter(inHead)),
      body: joined(items.filter((item) => !inHead(item) && !inFoot(item))),
      foot: joined(items.filter(inFoot)),
    };
  });
}

/**
 * Text without any whitespace, for finding a sentence in a PDF: PDF.js splits words at line
 * wraps and around ligatures ("hando ff"), so spaces are not reliable there.
 */
export const squash = (text: string): string => text.replace(/\s+/g, '');
