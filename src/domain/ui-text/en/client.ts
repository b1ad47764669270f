/** What client scripts write into a page: status lines, confirmations, labels and tables they build. */

import { commonClient } from './client-common.ts';
import { oneDecimal } from '../../numbers.ts';

const people = (count: number) => (count === 1 ? '1 person' : `${count} people`);
const askForLinkAgain = 'ask for the link again.';
const notScored = 'not scored';

export const client = {
  /** The score of an area nobody gave one, wherever a script lists scores. */
  notScored,

  /** The scorecard's column heads, in the exports and a shared result's table. */
  scorecardColumns: { area: 'Capability area', score: 'Current score (1-5)', evidence: 'Evidence today', nextMove: 'Next upgrade move' },

  /**
   * Why a scorecard export, a result link's scores or the browser's saved scorecard cannot be read
   * (src/domain/assessment.ts); the reasons complete `notImported`, `storedUnusable` and the
   * sentences of other groups.
   */
  scorecardRead: {
    notJson: 'it is not valid JSON',
    notAnExport: (problem: string) => `it is not a Setlist scorecard export (${problem})`,
    unknownShape: 'unknown shape',
    otherScorecard: (id: string, expectedId: string) => `it is for the scorecard "${id}", not "${expectedId}"`,
    otherVersion: (version: number, expectedVersion: number) =>
      `it was made with version ${version} of this scorecard; this page uses version ${expectedVersion}`,
    unknownAreas: (ids: readonly string[]) => `it has areas this scorecard does not have: ${ids.join(', ')}`,
    notImported: (reason: string) => `The file was not imported: ${reason}.`,
    storedDamaged: 'The saved scorecard in this browser is damaged and cannot be read.',
    storedUnusable: (reason: string) => `The saved scorecard in this browser cannot be used: ${reason}.`,
  },

  /** The charts in words, for screen readers, as scripts redraw them. */
  charts: {
    scores: (bars: readonly { label: string; score: number | null }[]) =>
      `Scores out of 5: ${bars.map((bar) => `${bar.label} ${bar.score === null ? notScored : bar.score}`).join('; ')}.`,
    team: (areas: readonly { title: string; mean: number | null; min: number | null; max: number | null }[]) =>
      `Team mean out of 5, with the lowest and highest score: ${areas
        .map((area) => (area.mean === null ? `${area.title} ${notScored}` : `${area.title} ${oneDecimal(area.mean, 'en')} (${area.min} to ${area.max})`))
        .join('; ')}.`,
  },

  ...commonClient,

  scorecard: {
    notScoredYet: 'not scored yet',
    outOfFive: (average: string) => `${average} out of 5`,
    noFirstMove: 'score the areas to see your weakest one',
    restored: 'Your saved entries were restored.',
    noStorage: 'This browser does not allow saving, so entries will be lost when you leave. Export your scorecard to keep it.',
    storageFull: 'This browser refused to save the latest change (storage is full). Export your scorecard to keep it.',
    /** `startFresh` is the label of the page's own button. */
    corrupt: (message: string, startFresh: string) => `${message} Choose "${startFresh}" to clear it and begin again.`,
    olderVersion: 'Entries saved for an earlier version of this scorecard cannot be loaded into this version. You are starting fresh.',
    confirmStartFresh: 'Clear every score and note on this page?',
    startedFresh: 'Started fresh: every entry is cleared.',
    tooLarge: (fileName: string) => `The file was not imported: ${fileName} is larger than 1 MB, so it is not a scorecard export.`,
    unreadableFile: (fileName: string) => `The file was not imported: ${fileName} could not be read.`,
    imported: (fileName: string) => `Imported ${fileName}.`,
    confirmLoadShared: 'Replace your own scores and notes on this page with the shared result?',
    loadedShared: 'The shared result is now your own entry in this browser.',
  },

  resultLink: {
    scoreFirst: 'Score at least one area first: the link carries your saved scores.',
    copied: (withNotes: boolean) =>
      `Result link copied${withNotes ? ', with your evidence and next moves' : ' (scores only)'}. The result travels in the link itself; nothing is sent anywhere.`,
    notCopied: 'This browser would not copy the link; it is selected below for you to copy.',
    shared: 'A result shared with you, read-only. Nothing is saved until you choose.',
    refused: (reason: string) => `${reason} Nothing in this browser was changed.`,
    /** Why a link is refused (src/domain/result-link.ts). */
    badCharacters: `This result link is incomplete or has characters a Setlist link never has; ${askForLinkAgain}`,
    changed: `This result link is incomplete or was changed after it was made; ${askForLinkAgain}`,
    unreadable: `This result link cannot be read; ${askForLinkAgain}`,
    otherFormat: (format: string) => `This result link was made by another version of Setlist (link format ${format}); ${askForLinkAgain}`,
    otherScorecard: (id: string, version: string, expectedId: string, expectedVersion: number) =>
      `This result link is for the scorecard "${id}" version ${version}, not "${expectedId}" version ${expectedVersion}: open it on that scorecard's page.`,
    scoresDoNotFit: (areas: number) => `This result link's scores do not fit this scorecard's ${areas} areas (each 1-5); ${askForLinkAgain}`,
    unusable: (reason: string) => `This result link cannot be used: ${reason}.`,
  },

  teamView: {
    /** The name a person gets until they are renamed. */
    person: (number: number) => `Person ${number}`,
    /** The facilitator's own scores, added with the others. */
    me: 'Me',
    nameOf: (number: number) => `Name of person ${number}`,
    remove: 'Remove',
    removeName: (name: string) => `Remove ${name}`,
    removed: (name: string) => `${name} was removed from the team view.`,
    columns: { area: 'Area', mean: 'Mean', spread: 'Spread', discuss: 'Discuss' },
    discuss: (pointsApart: number) => `Yes: ${pointsApart} points apart`,
    noDiscussion: 'No',
    allAgree: (score: number) => `${score} (all agree)`,
    spread: (min: number, max: number, points: number) => `${min}-${max} (${points} point${points === 1 ? '' : 's'})`,
    noStorage: 'This browser does not allow saving, so the team view lasts until you leave the page.',
    storageFull: 'This browser refused to save the team (its storage is full); it lasts until you leave the page.',
    unreadable: 'The team saved in this browser could not be read; adding results starts a new one.',
    unreadableFile: (fileName: string) => `${fileName} could not be read.`,
    tooLarge: (fileName: string) => `${fileName} was not added: it is larger than 1 MB, so it is not a scorecard export.`,
    added: (count: number) => (count ? `Added ${count} result${count === 1 ? '' : 's'}.` : 'No result was added.'),
    sharedAdded: (name: string) => `The shared result was added to the team view as ${name}; rename them below.`,
    linkAdded: (name: string) => `The result link was added as ${name}; rename them below.`,
    linkRefused: (reason: string) => `${reason} Nothing was added.`,
    scoreFirst: 'Score at least one area above first; your own scores are then added like anyone else’s.',
    mineAdded: 'Your scores were added.',
    confirmClear: 'Remove everyone from the team view?',
    cleared: 'The team view is empty.',
  },

  facilitation: {
    position: (current: number, total: number) => `Area ${current} of ${total}`,
    noScores: "No scores yet: add the team's results to the team view to reveal them here.",
    hidden: (scorers: number) => `${people(scorers)} scored this area. Scores are hidden until you reveal them (R).`,
    /** `pointsApart` is null where the team agrees closely enough. */
    summary: (mean: string, spread: string, pointsApart: number | null) =>
      `Mean ${mean}, spread ${spread}${pointsApart === null ? '' : `: ${pointsApart} points apart, discuss`}`,
  },

  snapshots: {
    fileName: (templateId: string) => `${templateId}-history.json`,
    between: (previous: string, latest: string) => `From ${previous} to ${latest}:`,
    onlyOne: (snapshot: string) => `Only one snapshot so far (${snapshot}): save another next time to see what moved.`,
    /** What a snapshot is of, after its date. */
    teamOf: (members: number) => `team of ${members}`,
    onePerson: 'one person',
    change: {
      up: (by: string, before: string, after: string) => `up ${by} (${before} to ${after})`,
      down: (by: string, before: string, after: string) => `down ${by} (${before} to ${after})`,
      same: (score: string) => `same (${score})`,
      new: (score: string) => `new (${score})`,
    },
    trend: (points: readonly string[]) => `Average score out of 5, oldest first: ${points.join('; ')}.`,
    noTrend: 'No snapshot with a score yet.',
    savedMine: 'Saved a snapshot of your scores.',
    savedTeam: (members: number) => `Saved a snapshot of the team's means (${people(members)}).`,
    imported: (count: number, fileName: string) => `Imported ${count} snapshot${count === 1 ? '' : 's'} from ${fileName}.`,
    notKept: (done: string) => `${done} This browser refused to keep it (its storage is full): export the history to keep it.`,
    noStorage: (done: string) => `${done} This browser does not allow saving, so export the history before you leave.`,
    scoreFirst: 'Score at least one area above first.',
    teamFirst: 'Add results to the team view first.',
    confirmNewHistory: 'The history saved in this browser cannot be read. Start a new history?',
    confirmClear: 'Delete every snapshot of this scorecard in this browser?',
    cleared: 'The history is cleared.',
    unreadable: 'The history saved in this browser cannot be read; saving a new snapshot will ask before starting a new one.',
    tooLarge: (fileName: string) => `${fileName} was not imported: it is larger than 1 MB, so it is not a history export.`,
    unreadableFile: (fileName: string) => `${fileName} was not imported: it could not be read.`,
    refused: (fileName: string, reason: string) => `${fileName} was not imported: ${reason}.`,
    /** Why a history file is refused (src/domain/snapshots.ts), completing `refused`, with `scorecardRead`'s `notJson` and `unknownShape`. */
    notHistory: (problem: string) => `it is not a Setlist scorecard history (${problem})`,
    otherScorecard: (id: string, version: number, expectedId: string, expectedVersion: number) =>
      `it is the history of "${id}" version ${version}, not "${expectedId}" version ${expectedVersion}`,
    unknownArea: (id: string) => `it has an area this scorecard does not have: ${id}`,
  },
};
