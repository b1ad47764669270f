import type { UiText } from '../index.ts';
import { wholeNumber } from '../../numbers.ts';

const count = (value: number): string => wholeNumber(value, 'de');

export const site: UiText['site'] = {
  pages: {
    home: 'Startseite',
    insights: 'Insights',
    allInsights: 'Alle Insights',
    search: 'Suche',
    searchPlaybooks: 'Playbooks durchsuchen',
    series: 'Reihen',
    tags: 'Schlagwörter',
  },
  common: {
    frameworkLabel: 'Framework:',
    readingTime: (minutes) => `${count(minutes)} Min. Lesezeit`,
  },
  header: {
    skipToContent: 'Zum Inhalt springen',
    navLabel: 'Website',
    themeLabel: 'Farbschema',
    themes: { system: 'System', light: 'Hell', dark: 'Dunkel' },
    searchPlaceholder: 'Suchen ( / )',
    searchButton: 'Suchen',
  },
  footer: {
    rssFeed: 'RSS-Feed',
    authorProfile: (author) => `Profil von ${author}`,
  },
  previewImage: {
    articleAlt: (title, framework, siteName) => `${title}: ${framework}, auf ${siteName}`,
  },
  home: {
    browseAll: (playbooks) => `Alle ${count(playbooks)} Playbooks ansehen`,
    featuredSeries: 'Empfohlene Reihe',
    featuredSeriesParts: (playbooks) => ({
      before: `${count(playbooks)} ${playbooks === 1 ? 'Playbook' : 'Playbooks'} in Lesereihenfolge oder als`,
      link: 'ein druckbares Buch',
      after: '.',
    }),
    partMinutes: (minutes) => `${count(minutes)} Min.`,
    latest: 'Neueste Playbooks',
  },
  insightsIndex: {
    pageOf: (page, pages) => `Seite ${count(page)} von ${count(pages)}`,
    title: (pageWords) => `Alle Insights, ${pageWords}`,
    description: (siteName, pageWords) => `Alle Playbooks auf ${siteName}, die neuesten zuerst${pageWords ? `: ${pageWords}` : ''}.`,
    lede: 'Playbooks mit Framework-Schritten, Prüfpunkten und einer Scorecard, die Sie in einer Arbeitssitzung anwenden können.',
    pagination: {
      label: 'Seiten aller Insights',
      newer: 'Neuere',
      older: 'Ältere',
      current: (page, pages) => `Seite ${count(page)} von ${count(pages)}`,
    },
  },
  search: {
    description: (siteName) => `Alle Playbooks auf ${siteName} durchsuchen.`,
    noScript: { before: 'Die Suche benötigt JavaScript. Ohne JavaScript finden Sie hier', link: 'alle Insights', after: '.' },
  },
  tagsIndex: {
    description: (siteName) => `Alle Themen auf ${siteName} mit der Anzahl ihrer Playbooks.`,
    articleCount: (articles) => `${count(articles)} Artikel`,
  },
  tag: {
    title: (tag) => `Schlagwort „${tag}“`,
    description: (tag) => `Playbooks zu „${tag}“, die neuesten zuerst.`,
    allTags: 'Alle Schlagwörter',
    lede: (playbooks) => `${count(playbooks)} ${playbooks === 1 ? 'Playbook' : 'Playbooks'}, die neuesten zuerst.`,
  },
  seriesIndex: {
    description: (siteName) => `Playbook-Reihen auf ${siteName}.`,
    partCount: (parts) => `${count(parts)} ${parts === 1 ? 'Teil' : 'Teile'}`,
  },
  series: {
    title: (series) => `Reihe: ${series}`,
    description: (series) => `Die Reihe „${series}“ in Lesereihenfolge.`,
    allSeries: 'Alle Reihen',
    lede: (playbooks) => `Eine Reihe aus ${count(playbooks)} ${playbooks === 1 ? 'Playbook' : 'Playbooks'} in Lesereihenfolge.`,
    book: {
      link: 'Die ganze Reihe als ein Buch',
      after: ': alle Teile in einem Dokument zum Drucken oder Speichern als PDF, mit Titelseite und Inhaltsverzeichnis.',
    },
  },
  seriesBook: {
    title: (series) => `Buch: ${series}`,
    description: (parts, series) =>
      `Alle ${count(parts)} Teile der Reihe „${series}“ in einem Dokument zum Drucken: Titelseite, Inhaltsverzeichnis und jeder Artikel vollständig.`,
    seriesLink: 'Reihe',
    lede: (playbooks) => `${count(playbooks)} ${playbooks === 1 ? 'Playbook' : 'Playbooks'} in Lesereihenfolge`,
    printNote:
      'Alle Teile der Reihe in einem Dokument: Drucken Sie es aus oder speichern Sie es als PDF, direkt aus Ihrem Browser. Jeder Artikel beginnt auf einer neuen Seite.',
    print: 'Dieses Buch drucken',
    contents: 'Inhalt',
    partOf: (part, parts) => `Teil ${count(part)} von ${count(parts)}`,
  },
  scorecardPage: {
    title: (template) => `${template}: Selbsteinschätzung`,
    description: (framework) => `Bewerten Sie ${framework} Bereich für Bereich, im Browser oder auf Papier.`,
  },
  checklistPage: {
    title: (article) => `Checkliste: ${article}`,
    description: (framework) => `Eine druckbare Checkliste auf einer Seite zu ${framework}: die praktische Checkliste und jeder Prüfpunkt für den Betrieb.`,
  },
  languages: {
    pickerLabel: 'Sprache',
    untranslated: (language) => `Dieses Playbook ist noch nicht ins Deutsche übersetzt: Es wird in seiner Originalsprache gezeigt, ${language}.`,
  },
  carousel: {
    title: (article) => `Karussell: ${article}`,
    description: (article, framework) =>
      `${article} als Folien für einen LinkedIn-Dokumentbeitrag: die Kurzfassung, jeder Schritt von ${framework} mit seinen Prüfpunkten, die Scorecard und die Kernaussagen.`,
    heading: 'Karussell für LinkedIn',
    intro: (slides) =>
      `${count(slides)} Folien im Format 1080×1350 px. Drucken Sie diese Seite und wählen Sie „Als PDF speichern“ (eine Folie pro Seite), dann fügen Sie die Datei einem LinkedIn-Beitrag als Dokument hinzu.`,
    slides: {
      byline: (framework, author) => `${framework}, von ${author}`,
      stepOf: (framework, step, steps) => `${framework} · ${count(step)} von ${count(steps)}`,
      scoreYourself: 'Bewerten Sie sich in jedem Bereich von 1 bis 5',
      takeaways: 'Kernaussagen',
      closing: 'Jetzt sind Sie dran',
      fullPlaybook: (shortUrl) => `Das vollständige Playbook mit Scorecard und Checkliste: ${shortUrl}`,
      lastReviewed: (day) => `Zuletzt geprüft am ${day}`,
      neverReviewed: (published) => `Veröffentlicht am ${published}, seitdem nicht geprüft`,
      continued: (heading) => `${heading} (Fortsetzung)`,
    },
  },
  notFound: {
    title: 'Seite nicht gefunden',
    description: 'Diese Seite existiert nicht.',
    lede: 'Die angeforderte Seite existiert nicht oder wurde verschoben.',
  },
};
