import type { UiText } from '../index.ts';

import { client } from './client.ts';

const { scorecardColumns } = client;

export const tools: UiText['tools'] = {
  worksheet: {
    scoreFor: (area: string) => `${scorecardColumns.score} für ${area}`,
  },

  scorecard: {
    instructions:
      'Bewerten Sie jeden Fähigkeitsbereich von 1 bis 5 und notieren Sie den heutigen Nachweis und den nächsten Schritt. Die Eingaben bleiben nur in diesem Browser. Ohne JavaScript drucken Sie diese Seite aus und füllen sie von Hand aus.',
    keepCopy: 'Eine Kopie sichern',
    print: 'Drucken',
    exportMarkdown: 'Markdown exportieren',
    exportCsv: 'CSV exportieren',
    exportJson: 'JSON exportieren',
    bringInOrReset: 'Importieren oder zurücksetzen',
    importJson: 'JSON importieren…',
    fileToImport: 'Zu importierende JSON-Datei',
    startFresh: 'Neu beginnen',
  },

  resultLink: {
    copy: 'Ergebnislink kopieren',
    withNotes: 'mit meinen Nachweisen und nächsten Schritten',
    yourLink: 'Ihr Ergebnislink',
    sharedHeading: 'Geteiltes Ergebnis',
    addToTeam: 'Zur Teamansicht hinzufügen',
    loadAsMine: 'Als meine Bewertung laden',
  },

  results: {
    heading: 'Ihre Bewertungen',
    average: 'Durchschnitt',
    maturityLevel: 'Reifegrad',
    firstMove: 'Erster Schritt',
  },

  scoreLevels: {
    summary: 'Was die Bewertungen bedeuten',
  },

  defaultScale: [
    { score: 1, label: 'Fehlt', descriptor: 'Niemand ist verantwortlich; es funktioniert durch Glück oder Heldentaten.' },
    { score: 2, label: 'Ad hoc', descriptor: 'Manche tun es manchmal; kaum etwas ist aufgeschrieben.' },
    { score: 3, label: 'Definiert', descriptor: 'Aufgeschrieben, mit einer verantwortlichen Person, und meistens befolgt.' },
    { score: 4, label: 'Gemessen', descriptor: 'Ein Signal wird jede Woche geprüft, und Lücken werden geschlossen.' },
    { score: 5, label: 'Optimierend', descriptor: 'Geübt, gemessen und in jedem Zyklus verbessert; andere Teams übernehmen es.' },
  ],

  teamView: {
    heading: 'Teamansicht',
    intro: (pointsApart: number) =>
      `Fügen Sie die Ergebnisse aller hinzu, um die Bewertungen jedes Bereichs nebeneinander zu sehen, mit Mittelwert und Streuung. Bereiche, in denen die Bewertungen ${pointsApart} ${pointsApart === 1 ? 'Punkt' : 'Punkte'} oder mehr auseinanderliegen, stehen oben: Über diese Abweichungen sollten Sie sprechen. Die Ergebnisse bleiben in diesem Browser.`,
    addFiles: 'Ergebnisse hinzufügen (JSON-Exporte)…',
    filesToAdd: 'Scorecard-Exporte für die Teamansicht',
    addMine: 'Meine Bewertungen hinzufügen',
    clear: 'Team leeren',
    facilitate: 'Auf gemeinsamem Bildschirm moderieren',
    pasteLink: 'Oder fügen Sie den Ergebnislink einer anderen Person ein',
    addLink: 'Link hinzufügen',
    people: 'Personen',
    tableCaption: 'Bewertungen je Bereich, in der Reihenfolge der Besprechung',
  },

  facilitation: {
    levels: 'Stufen',
    scores: 'Bewertungen',
    previous: 'Vorheriges',
    reveal: 'Bewertungen aufdecken',
    next: 'Nächstes',
    exit: 'Zurück zur Seite',
  },

  history: {
    heading: 'Bewertungen im Zeitverlauf',
    intro:
      'Speichern Sie bei jeder Bewertung (etwa monatlich) eine datierte Momentaufnahme Ihrer eigenen Bewertungen oder der Mittelwerte des Teams, um zu sehen, was sich seit der letzten verändert hat.',
    saveMine: 'Meine Bewertungen als Momentaufnahme speichern',
    saveTeam: 'Mittelwerte des Teams als Momentaufnahme speichern',
    export: 'Verlauf exportieren',
    import: 'Verlauf importieren…',
    fileToImport: 'Zu importierende Verlaufsdatei',
    clear: 'Verlauf löschen',
    changeHeading: 'Veränderung seit der vorherigen Momentaufnahme',
    trendHeading: 'Durchschnitt im Zeitverlauf',
    tableCaption: 'Momentaufnahmen, neueste zuerst',
    saved: 'Gespeichert',
  },

  checklist: {
    eyebrow: (brand: string) => `Druckbare Checkliste · ${brand}`,
    printHint: 'Eine Seite auf A4 oder US Letter. Verantwortliche und Termine tragen Sie von Hand ein.',
    backToArticle: 'Zurück zum Artikel',
    practicalChecklist: 'Praktische Checkliste',
    done: 'Erledigt',
    item: 'Punkt',
    owner: 'Verantwortlich',
    date: 'Datum',
    reviewDate: 'Überprüfung am',
    operatorChecks: (framework: string) => `Prüfpunkte: ${framework}`,
    notes: 'Notizen',
  },

  tickableChecklist: {
    clearTicks: 'Häkchen entfernen',
    printTicked: 'Mit meinen Häkchen drucken',
    printBlank: 'Leeres Blatt drucken',
  },
};
