import type { Insight } from '../schemas/insight.ts';
import { uiTexts } from './ui-text/index.ts';

/**
 * Estimates the printed height of an article's checklist page, so the build can warn when
 * it will not fit on one sheet. The figures come from measuring the page's print layout
 * in Chromium at A4's printable width (the narrower of A4 and Letter), in English, German and
 * Arabic, and never come out under the measured height; keep them in step with the
 * `.checklist-page` print styles. The browser tests check the real PDFs.
 */
// The estimate measures the English labels: the fit is an author's warning, and the other
// languages' labels are about as long.
const stepLabel = uiTexts.en.article.framework.step;

const layout = {
  /** Letter's printable height (279.4 mm less 2 × 10 mm margins), the shorter of the two sheets. */
  pageHeightMm: 259.4,
  /** Title block (with the owner and review line), section headings and spacing. */
  fixedMm: 24,
  /** What the notice of a playbook past its review date takes beyond the owner and review line it replaces. */
  reviewNoticeMm: 3,
  tableHeadMm: 4.5,
  rowPaddingMm: 1.3,
  lineMm: 3.2,
  itemCharsPerLine: 116,
  checkCharsPerLine: 35,
  checkGapMm: 0.8,
  stepTitleCharsPerLine: 26,
  stepTitleLineMm: 3.6,
  /** Owner and review-date line, and the gap under a step. */
  stepFooterMm: 6.2,
  gridColumns: 3,
  gridGapMm: 1,
} as const;

/**
 * The lines a text takes in a column of `perLine` characters, wrapped word by word as the browser
 * wraps it: a language of long words (German compounds) leaves more of each line empty.
 */
function lines(text: string, perLine: number): number {
  let count = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const needed = used === 0 ? word.length : used + 1 + word.length;
    if (needed <= perLine) used = needed;
    else {
      count += used === 0 ? 0 : 1;
      used = word.length;
      // A word longer than the line breaks inside it.
      while (used > perLine) {
        count += 1;
        used -= perLine;
      }
    }
  }
  return count;
}

function stepHeightMm(title: string, checks: readonly string[]): number {
  const checksMm = checks.reduce((sum, check) => sum + layout.checkGapMm + layout.lineMm * lines(check, layout.checkCharsPerLine), 0);
  return layout.stepTitleLineMm * lines(title, layout.stepTitleCharsPerLine) + checksMm + layout.stepFooterMm;
}

export interface ChecklistFit {
  estimatedHeightMm: number;
  pageHeightMm: number;
  fitsOnePage: boolean;
}

/** `reviewNotice`: the playbook is past its review date, and the page starts with the notice that says so. */
export function checklistFit(data: Pick<Insight, 'checklist' | 'framework'>, reviewNotice = false): ChecklistFit {
  const tableMm =
    layout.tableHeadMm + data.checklist.reduce((sum, item) => sum + layout.rowPaddingMm + layout.lineMm * lines(item, layout.itemCharsPerLine), 0);
  // Steps sit in a grid of three; the notes box takes the next free cell.
  const blocks = data.framework.steps.map((step, index) => stepHeightMm(stepLabel(index + 1, step.title), step.operatorChecks));
  blocks.push(stepHeightMm('Notes', []) + 20);
  let gridMm = 0;
  for (let row = 0; row < blocks.length; row += layout.gridColumns) {
    gridMm += Math.max(...blocks.slice(row, row + layout.gridColumns)) + layout.gridGapMm;
  }
  const noticeMm = reviewNotice ? layout.reviewNoticeMm : 0;
  const estimatedHeightMm = Math.round((layout.fixedMm + noticeMm + tableMm + gridMm) * 10) / 10;
  return { estimatedHeightMm, pageHeightMm: layout.pageHeightMm, fitsOnePage: estimatedHeightMm <= layout.pageHeightMm };
}
