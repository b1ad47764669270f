import type { ScoreLevel } from '../../../schemas/scorecard.ts';
/** The scorecard and printable checklist pages: the worksheet, its tools, the team view and history. */

import { client } from './client.ts';

// The column heads, "not scored yet" and the chart in words are the client part's (scripts write
// them again as the reader scores), and the pages read them from there.
const { scorecardColumns } = client;

export const tools = {
  worksheet: {
    /** The legend of an area's score buttons. */
    scoreFor: (area: string) => `${scorecardColumns.score} for ${area}`,
  },

  scorecard: {
    instructions:
      'Score each capability area from 1 to 5, note the evidence you have today and the next move. Entries stay in this browser only. Without JavaScript, print this page and fill it in by hand.',
    keepCopy: 'Keep a copy',
    print: 'Print',
    exportMarkdown: 'Export Markdown',
    exportCsv: 'Export CSV',
    exportJson: 'Export JSON',
    bringInOrReset: 'Bring in or reset',
    importJson: 'Import JSON…',
    fileToImport: 'JSON file to import',
    startFresh: 'Start fresh',
  },

  resultLink: {
    copy: 'Copy result link',
    withNotes: 'with my evidence and next moves',
    yourLink: 'Your result link',
    sharedHeading: 'Shared result',
    addToTeam: 'Add to team view',
    loadAsMine: 'Load as mine',
  },

  /** The reader's own results, until a script fills them in. */
  results: {
    heading: 'Your scores',
    average: 'Average',
    maturityLevel: 'Maturity level',
    firstMove: 'First move',
  },

  scoreLevels: {
    summary: 'What each score means',
  },

  /** The maturity scale of a template that defines none of its own. */
  defaultScale: [
    { score: 1, label: 'Absent', descriptor: 'Nobody owns it; it works by luck or heroics.' },
    { score: 2, label: 'Ad hoc', descriptor: 'Some people do it some of the time; little is written down.' },
    { score: 3, label: 'Defined', descriptor: 'Written down with an owner and followed most of the time.' },
    { score: 4, label: 'Measured', descriptor: 'A signal is reviewed every week and gaps get fixed.' },
    { score: 5, label: 'Improving', descriptor: 'Rehearsed, measured and improved every cycle; other teams reuse it.' },
  ] as ScoreLevel[],

  teamView: {
    heading: 'Team view',
    intro: (pointsApart: number) =>
      `Add everyone's results to see each area's scores side by side, the mean and the spread. Areas where people are ${pointsApart} or more points apart come first: that disagreement is what to discuss. The results stay in this browser.`,
    addFiles: 'Add results (JSON exports)…',
    filesToAdd: 'Scorecard exports to add to the team view',
    addMine: 'Add my scores',
    clear: 'Clear team',
    facilitate: 'Facilitate on a shared screen',
    pasteLink: "Or paste someone's result link",
    addLink: 'Add link',
    people: 'People',
    tableCaption: 'Scores per area, in the order to discuss them',
  },

  /** The facilitation dialog; its keys (P, R, N, Esc) are the script's and stay as they are. */
  facilitation: {
    levels: 'Levels',
    scores: 'Scores',
    previous: 'Previous',
    reveal: 'Reveal scores',
    next: 'Next',
    exit: 'Back to the page',
  },

  history: {
    heading: 'Scores over time',
    intro: "Save a dated snapshot each time you score (monthly, say), of your own scores or of the team's means, to see what moved since the last one.",
    saveMine: 'Save my scores as a snapshot',
    saveTeam: "Save the team's means as a snapshot",
    export: 'Export history',
    import: 'Import history…',
    fileToImport: 'History file to import',
    clear: 'Clear history',
    changeHeading: 'Change since the previous snapshot',
    trendHeading: 'Average over time',
    tableCaption: 'Snapshots, newest first',
    /** The table's columns: when a snapshot was saved, and its average (`results.average`). */
    saved: 'Saved',
  },

  checklist: {
    eyebrow: (brand: string) => `Printable checklist · ${brand}`,
    printHint: 'One page on A4 or US Letter. Owners and dates are for pen and paper.',
    backToArticle: 'Back to the article',
    practicalChecklist: 'Practical checklist',
    /** The table's columns, and the write-in line under each step (`owner`, `reviewDate`). */
    done: 'Done',
    item: 'Item',
    owner: 'Owner',
    date: 'Date',
    reviewDate: 'Review date',
    operatorChecks: (framework: string) => `Operator checks: ${framework}`,
    notes: 'Notes',
  },

  /** The controls of a checklist a reader ticks online; the script writes its progress and messages. */
  tickableChecklist: {
    clearTicks: 'Clear ticks',
    printTicked: 'Print with my ticks',
    printBlank: 'Print blank sheet',
  },
};
