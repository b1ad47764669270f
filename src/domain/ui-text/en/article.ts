import type { Interval } from '../../review.ts';
import { wholeNumber } from '../../numbers.ts';

const count = (value: number): string => wholeNumber(value, 'en');

export const article = {
  /** The line of dates and facts under an article's title (and on paper, where it came from). */
  meta: {
    /** Before the day it was published: "Published 6 October 2026". */
    published: 'Published',
    updated: 'Updated',
    /** The series line, before the link to the series. */
    seriesPlace: (part: number, parts: number) => `Part ${count(part)} of ${count(parts)} in the series`,
    seriesBook: 'all parts in one printable book',
  },
  actions: {
    printChecklist: 'Print checklist',
    scorecard: 'Scorecard self-assessment',
    printArticle: 'Print this article',
  },
  contents: {
    /** The table of contents: its landmark and its disclosure's summary. */
    label: 'On this page',
    backToTop: 'Back to top',
  },
  nav: {
    label: 'More insights',
    /** Before the previous article's title. */
    previous: 'Previous:',
    next: 'Next:',
  },
  author: {
    label: 'About the author',
    profile: (author: string) => `Profile of ${author}`,
  },
  related: {
    heading: 'Related playbooks',
  },
  /** Who keeps the playbook true, under its title. */
  upkeep: {
    ownedBy: (owner: string) => `Owned by ${owner}`,
    /** Each before a date. */
    reviewed: 'Reviewed',
    nextReviewBy: 'Next review by',
    reviewWasDueBy: 'Review was due by',
    lastChanged: 'Last changed',
    dueSoon: '(due soon)',
    edit: 'Edit this playbook',
  },
  /** The notice on a playbook past its review date. */
  reviewNotice: {
    label: 'Review overdue',
    heading: 'This playbook is past its review date.',
    /** Before the due date. */
    dueBy: 'Its review was due by',
    /** After the due date: how often it is reviewed, and what to do. */
    afterDue: ({ count: every, unit }: Interval) =>
      `(every ${every} ${unit}${every === 1 ? '' : 's'}); check it against current practice before you rely on it.`,
    owner: (owner: string) => `Owner: ${owner}.`,
    /** The one-line notice of the one-page checklist, around its due date. */
    compactHeading: 'Past its review date:',
    compactDueBy: 'due by',
    /** After the due date and its full stop. */
    compactAdvice: 'Check it against current practice before you rely on it.',
  },
  /** When a framework step was last exercised in a drill. */
  drill: {
    overdue: 'Drill overdue',
    lastExercised: 'Last exercised',
    /** After "Drill overdue:". */
    lastExercisedLapsed: 'last exercised',
    never: 'never exercised in a drill',
  },
  /** The headings of the article's parts (src/domain/anatomy.ts). */
  parts: {
    tldr: 'TL;DR',
    framework: (framework: string) => `Core Framework: ${framework}`,
    scorecard: 'Reusable Scorecard',
    checklist: 'Practical Checklist',
    objections: 'Common Objections + Rebuttals',
    cadence: 'Operating Cadence and Metrics',
    failureSignals: 'Failure Signals to Watch',
    leadershipQuestions: 'Leadership Questions for Monthly Review',
    ninetyDays: 'What Good Looks Like After 90 Days',
    takeaways: 'Key Takeaways',
    teaser: 'LinkedIn Teaser',
    closingCta: 'Closing CTA',
  },
  framework: {
    /** A step's heading, in the article and its contents. */
    step: (step: number, title: string) => `Step ${count(step)}: ${title}`,
    operatorChecks: 'Operator checks:',
  },
  checklist: {
    /** After the link to the printable checklist. */
    afterPrintLink: ': this list and every operator check on one page, with owners and dates.',
  },
  scorecard: {
    scoreYourTeam: 'Score your team: interactive, printable self-assessment',
  },
  objections: {
    objection: 'Objection:',
    rebuttal: 'Rebuttal:',
    quoted: (objection: string) => `“${objection}”`,
  },
  cadence: {
    /** The table's name for its scrolling region. */
    label: 'Operating cadence',
    columns: { interval: 'Cadence', ritual: 'Ritual', metric: 'Metric to watch' },
  },
  teaser: {
    /** Before the article's address, under the teaser. */
    fullArticle: 'Full article:',
    copy: 'Copy teaser',
    shareOnLinkedIn: 'Share on LinkedIn',
    /** After the link to the carousel. */
    afterCarouselLink: ': this playbook as slides. Save as PDF, then add it to a LinkedIn post as a document.',
    preview: 'Preview the post as LinkedIn shows it',
    /** Where LinkedIn cuts a long post. */
    seeMore: '…see more',
  },
  /** What the article body's Markdown renders (src/markdown/). */
  body: {
    callouts: { note: 'Note', tip: 'Tip', caution: 'Caution', danger: 'Danger' },
    /** Read before a task-list item's text by a screen reader. */
    taskDone: 'Done:',
    taskToDo: 'To do:',
    /** A code block's name. */
    code: 'Code',
    codeIn: (language: string) => `${language} code`,
  },
};
