import type { UiText } from '../index.ts';
import { commonClient } from './client-common.ts';
import { oneDecimal } from '../../numbers.ts';

const askForLinkAgain = 'fordern Sie den Link erneut an.';
const people = (count: number) => (count === 1 ? '1 Person' : `${count} Personen`);
const notScored = 'nicht bewertet';
export const client: UiText['client'] = {
  notScored,

  scorecardColumns: { area: 'Fähigkeitsbereich', score: 'Aktuelle Bewertung (1-5)', evidence: 'Nachweis heute', nextMove: 'Nächster Verbesserungsschritt' },

  // Reasons are noun phrases after a colon, so they read the same for a file, a link or the stored entry.
  scorecardRead: {
    notJson: 'kein gültiges JSON',
    notAnExport: (problem) => `kein Export einer Setlist-Scorecard (${problem})`,
    unknownShape: 'unbekannte Struktur',
    otherScorecard: (id, expectedId) => `gehört zur Scorecard „${id}“, nicht zu „${expectedId}“`,
    otherVersion: (version, expectedVersion) => `mit Version ${version} dieser Scorecard erstellt; diese Seite verwendet Version ${expectedVersion}`,
    unknownAreas: (ids) => `enthält Bereiche, die diese Scorecard nicht hat: ${ids.join(', ')}`,
    notImported: (reason) => `Die Datei wurde nicht importiert: ${reason}.`,
    storedDamaged: 'Die in diesem Browser gespeicherte Scorecard ist beschädigt und kann nicht gelesen werden.',
    storedUnusable: (reason) => `Die in diesem Browser gespeicherte Scorecard kann nicht verwendet werden: ${reason}.`,
  },

  charts: {
    scores: (bars) => `Bewertungen von 5: ${bars.map((bar) => `${bar.label} ${bar.score === null ? notScored : bar.score}`).join('; ')}.`,
    team: (areas) =>
      `Mittelwert des Teams von 5, mit niedrigster und höchster Bewertung: ${areas
        .map((area) => (area.mean === null ? `${area.title} ${notScored}` : `${area.title} ${oneDecimal(area.mean, 'de')} (${area.min} bis ${area.max})`))
        .join('; ')}.`,
  },

  ...commonClient,

  scorecard: {
    notScoredYet: 'noch nicht bewertet',
    outOfFive: (average) => `${average} von 5`,
    noFirstMove: 'Bewerten Sie die Bereiche, um Ihren schwächsten zu sehen',
    restored: 'Ihre gespeicherten Einträge wurden wiederhergestellt.',
    noStorage:
      'Dieser Browser erlaubt kein Speichern, daher gehen Ihre Einträge verloren, wenn Sie die Seite verlassen. Exportieren Sie Ihre Scorecard, um sie zu behalten.',
    storageFull:
      'Dieser Browser hat das Speichern der letzten Änderung verweigert (der Speicher ist voll). Exportieren Sie Ihre Scorecard, um sie zu behalten.',
    corrupt: (message, startFresh) => `${message} Wählen Sie „${startFresh}“, um sie zu löschen und neu zu beginnen.`,
    olderVersion: 'Einträge, die für eine frühere Version dieser Scorecard gespeichert wurden, lassen sich nicht in diese Version laden. Sie beginnen neu.',
    confirmStartFresh: 'Alle Bewertungen und Notizen auf dieser Seite löschen?',
    startedFresh: 'Neu begonnen: Alle Einträge sind gelöscht.',
    tooLarge: (fileName) => `Die Datei wurde nicht importiert: ${fileName} ist größer als 1 MB und daher kein Scorecard-Export.`,
    unreadableFile: (fileName) => `Die Datei wurde nicht importiert: ${fileName} konnte nicht gelesen werden.`,
    imported: (fileName) => `${fileName} importiert.`,
    confirmLoadShared: 'Ihre eigenen Bewertungen und Notizen auf dieser Seite durch das geteilte Ergebnis ersetzen?',
    loadedShared: 'Das geteilte Ergebnis ist jetzt Ihr eigener Eintrag in diesem Browser.',
  },

  resultLink: {
    scoreFirst: 'Bewerten Sie zuerst mindestens einen Bereich: Der Link enthält Ihre gespeicherten Bewertungen.',
    copied: (withNotes) =>
      `Ergebnislink kopiert${withNotes ? ', mit Ihren Nachweisen und nächsten Schritten' : ' (nur Bewertungen)'}. Das Ergebnis steckt im Link selbst; nichts wird irgendwohin gesendet.`,
    notCopied: 'Dieser Browser konnte den Link nicht kopieren; er ist unten markiert, damit Sie ihn selbst kopieren können.',
    shared: 'Ein mit Ihnen geteiltes Ergebnis, nur zum Lesen. Gespeichert wird erst, wenn Sie sich dafür entscheiden.',
    refused: (reason) => `${reason} In diesem Browser wurde nichts geändert.`,
    badCharacters: `Dieser Ergebnislink ist unvollständig oder enthält Zeichen, die ein Setlist-Link nie enthält; ${askForLinkAgain}`,
    changed: `Dieser Ergebnislink ist unvollständig oder wurde nach dem Erstellen verändert; ${askForLinkAgain}`,
    unreadable: `Dieser Ergebnislink kann nicht gelesen werden; ${askForLinkAgain}`,
    otherFormat: (format) => `Dieser Ergebnislink wurde mit einer anderen Version von Setlist erstellt (Linkformat ${format}); ${askForLinkAgain}`,
    otherScorecard: (id, version, expectedId, expectedVersion) =>
      `Dieser Ergebnislink gehört zur Scorecard „${id}“ Version ${version}, nicht zu „${expectedId}“ Version ${expectedVersion}: Öffnen Sie ihn auf der Seite dieser Scorecard.`,
    scoresDoNotFit: (areas) => `Die Bewertungen dieses Ergebnislinks passen nicht zu den ${areas} Bereichen dieser Scorecard (je 1-5); ${askForLinkAgain}`,
    unusable: (reason) => `Dieser Ergebnislink kann nicht verwendet werden: ${reason}.`,
  },

  teamView: {
    person: (number) => `Person ${number}`,
    me: 'Ich',
    nameOf: (number) => `Name von Person ${number}`,
    remove: 'Entfernen',
    removeName: (name) => `${name} entfernen`,
    removed: (name) => `${name} wurde aus der Teamansicht entfernt.`,
    columns: { area: 'Bereich', mean: 'Mittelwert', spread: 'Streuung', discuss: 'Besprechen' },
    discuss: (pointsApart) => `Ja: ${pointsApart} Punkte auseinander`,
    noDiscussion: 'Nein',
    allAgree: (score) => `${score} (alle einig)`,
    spread: (min, max, points) => `${min}-${max} (${points} ${points === 1 ? 'Punkt' : 'Punkte'})`,
    noStorage: 'Dieser Browser erlaubt kein Speichern, daher bleibt die Teamansicht nur erhalten, bis Sie die Seite verlassen.',
    storageFull: 'Dieser Browser hat das Speichern des Teams verweigert (sein Speicher ist voll); es bleibt nur erhalten, bis Sie die Seite verlassen.',
    unreadable: 'Das in diesem Browser gespeicherte Team konnte nicht gelesen werden; mit neuen Ergebnissen beginnt ein neues.',
    unreadableFile: (fileName) => `${fileName} konnte nicht gelesen werden.`,
    tooLarge: (fileName) => `${fileName} wurde nicht hinzugefügt: Die Datei ist größer als 1 MB und daher kein Scorecard-Export.`,
    added: (count) => (count === 0 ? 'Es wurde kein Ergebnis hinzugefügt.' : count === 1 ? '1 Ergebnis hinzugefügt.' : `${count} Ergebnisse hinzugefügt.`),
    sharedAdded: (name) => `Das geteilte Ergebnis wurde der Teamansicht als ${name} hinzugefügt; Sie können den Namen unten ändern.`,
    linkAdded: (name) => `Der Ergebnislink wurde als ${name} hinzugefügt; Sie können den Namen unten ändern.`,
    linkRefused: (reason) => `${reason} Es wurde nichts hinzugefügt.`,
    scoreFirst: 'Bewerten Sie oben zuerst mindestens einen Bereich; Ihre eigenen Bewertungen werden dann wie die aller anderen hinzugefügt.',
    mineAdded: 'Ihre Bewertungen wurden hinzugefügt.',
    confirmClear: 'Alle Personen aus der Teamansicht entfernen?',
    cleared: 'Die Teamansicht ist leer.',
  },

  facilitation: {
    position: (current, total) => `Bereich ${current} von ${total}`,
    noScores: 'Noch keine Bewertungen: Fügen Sie die Ergebnisse des Teams der Teamansicht hinzu, um sie hier aufzudecken.',
    hidden: (count) =>
      `${count === 1 ? '1 Person hat' : `${count} Personen haben`} diesen Bereich bewertet. Die Bewertungen bleiben verborgen, bis Sie sie aufdecken (R).`,
    summary: (mean, spread, pointsApart) =>
      `Mittelwert ${mean}, Streuung ${spread}${pointsApart === null ? '' : `: ${pointsApart} Punkte auseinander, besprechen`}`,
  },

  snapshots: {
    fileName: (templateId) => `${templateId}-verlauf.json`,
    between: (previous, latest) => `Von ${previous} bis ${latest}:`,
    onlyOne: (snapshot) => `Bisher nur eine Momentaufnahme (${snapshot}): Speichern Sie beim nächsten Mal eine weitere, um zu sehen, was sich bewegt hat.`,
    teamOf: (count) => `Team mit ${people(count)}`,
    onePerson: 'eine Person',
    change: {
      up: (by, before, after) => `gestiegen um ${by} (${before} auf ${after})`,
      down: (by, before, after) => `gesunken um ${by} (${before} auf ${after})`,
      same: (score) => `unverändert (${score})`,
      new: (score) => `neu (${score})`,
    },
    trend: (points) => `Durchschnittliche Bewertung (von 5), älteste zuerst: ${points.join('; ')}.`,
    noTrend: 'Noch keine Momentaufnahme mit einer Bewertung.',
    savedMine: 'Momentaufnahme Ihrer Bewertungen gespeichert.',
    savedTeam: (count) => `Momentaufnahme der Mittelwerte des Teams gespeichert (${people(count)}).`,
    imported: (count, fileName) => `${count === 1 ? '1 Momentaufnahme' : `${count} Momentaufnahmen`} aus ${fileName} importiert.`,
    notKept: (done) => `${done} Dieser Browser hat das Speichern verweigert (sein Speicher ist voll): Exportieren Sie den Verlauf, um ihn zu behalten.`,
    noStorage: (done) => `${done} Dieser Browser erlaubt kein Speichern; exportieren Sie den Verlauf daher, bevor Sie die Seite verlassen.`,
    scoreFirst: 'Bewerten Sie oben zuerst mindestens einen Bereich.',
    teamFirst: 'Fügen Sie zuerst Ergebnisse zur Teamansicht hinzu.',
    confirmNewHistory: 'Der in diesem Browser gespeicherte Verlauf kann nicht gelesen werden. Einen neuen Verlauf beginnen?',
    confirmClear: 'Alle Momentaufnahmen dieser Scorecard in diesem Browser löschen?',
    cleared: 'Der Verlauf ist gelöscht.',
    unreadable:
      'Der in diesem Browser gespeicherte Verlauf kann nicht gelesen werden; beim Speichern einer neuen Momentaufnahme werden Sie gefragt, bevor ein neuer Verlauf beginnt.',
    tooLarge: (fileName) => `${fileName} wurde nicht importiert: Die Datei ist größer als 1 MB und daher kein Verlaufsexport.`,
    unreadableFile: (fileName) => `${fileName} wurde nicht importiert: Die Datei konnte nicht gelesen werden.`,
    refused: (fileName, reason) => `${fileName} wurde nicht importiert: ${reason}.`,
    notHistory: (problem) => `kein Verlauf einer Setlist-Scorecard (${problem})`,
    otherScorecard: (id, version, expectedId, expectedVersion) =>
      `Verlauf von „${id}“ Version ${version}, nicht von „${expectedId}“ Version ${expectedVersion}`,
    unknownArea: (id) => `enthält einen Bereich, den diese Scorecard nicht hat: ${id}`,
  },
};
