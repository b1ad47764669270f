import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of each page of a PDF (as the real PDF.js parser reads it), whitespace collapsed. */
export async function pdfPageTexts(pdf: Buffer): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    pages.push(text.replace(/\s+/g, ' ').trim());
  }
  await document.destroy();
  return pages;
}

/**
 * Text without any whitespace, for finding a sentence in a PDF: PDF.js splits words at line
 * wraps and around ligatures ("hando ff"), so spaces are not reliable there.
 */
export const squash = (text: string): string => text.replace(/\s+/g, '');
