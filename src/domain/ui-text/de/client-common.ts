import type { CommonClientText } from '../common-client-text.ts';

export const commonClient: CommonClientText = {
  checklist: {
    progress: (done, total) => `${done} von ${total} erledigt`,
    noStorage: 'Dieser Browser erlaubt kein Speichern, daher bleiben Ihre Häkchen nur erhalten, bis Sie die Seite verlassen.',
    unreadable: 'Die für diese Checkliste gespeicherten Häkchen konnten nicht gelesen werden; mit dem nächsten Häkchen beginnen sie von vorn.',
    storageFull: 'Dieser Browser hat das Speichern des letzten Häkchens verweigert (sein Speicher ist voll).',
    confirmClear: 'Alle Häkchen dieser Checkliste löschen, hier und auf ihrer anderen Seite?',
    cleared: 'Alle Häkchen sind gelöscht.',
  },

  codeCopy: {
    button: 'Kopieren',
    copyCode: 'Code kopieren',
    copyCodeIn: (language) => `${language}-Code kopieren`,
    copied: 'Kopiert',
    selected: 'Der Code ist markiert: Drücken Sie Strg+C (⌘C auf dem Mac), um ihn zu kopieren.',
  },

  share: {
    copied: 'Kopiert: Der Teaser und der Link zum Artikel sind in Ihrer Zwischenablage.',
    selected: 'Der Teaser ist markiert: Drücken Sie Strg+C (⌘C auf dem Mac), um ihn zu kopieren.',
  },

  search: {
    label: 'Playbooks durchsuchen',
    filters: { tag: 'Schlagwort', framework: 'Framework', language: 'Sprache' },
    inSection: 'Im Abschnitt ',
    unavailable: { before: 'Die Suche ist nicht verfügbar: Diese Website hat keinen Suchindex. Sehen Sie sich ', allInsights: 'alle Insights', after: ' an.' },
    results: (count, query, filtered) =>
      `${count === 1 ? '1 Ergebnis' : `${count} Ergebnisse`}${query ? ` für „${query}“` : ''}${filtered ? ' mit den gewählten Filtern' : ''}`,
  },
};
