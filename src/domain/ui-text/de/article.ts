import type { Interval } from '../../review.ts';
import type { UiText } from '../index.ts';
import { wholeNumber } from '../../numbers.ts';

const count = (value: number): string => wholeNumber(value, 'de');

const units: Record<Interval['unit'], { one: string; many: string }> = {
  day: { one: 'jeden Tag', many: 'Tage' },
  week: { one: 'jede Woche', many: 'Wochen' },
  month: { one: 'jeden Monat', many: 'Monate' },
  year: { one: 'jedes Jahr', many: 'Jahre' },
};

/** "jeden Monat", "alle 90 Tage". */
const every = ({ count: times, unit }: Interval): string => (times === 1 ? units[unit].one : `alle ${count(times)} ${units[unit].many}`);

export const article: UiText['article'] = {
  meta: {
    published: 'Veröffentlicht am',
    updated: 'Aktualisiert am',
    seriesPlace: (part, parts) => `Teil ${count(part)} von ${count(parts)} der Reihe`,
    seriesBook: 'alle Teile als druckbares Reihenbuch',
  },
  actions: {
    printChecklist: 'Checkliste drucken',
    scorecard: 'Scorecard zur Selbstbewertung',
    printArticle: 'Diesen Artikel drucken',
  },
  contents: {
    label: 'Auf dieser Seite',
    backToTop: 'Nach oben',
  },
  nav: {
    label: 'Weitere Insights',
    previous: 'Vorheriger Artikel:',
    next: 'Nächster Artikel:',
  },
  author: {
    label: 'Über den Autor',
    profile: (author) => `Profil von ${author}`,
  },
  related: {
    heading: 'Verwandte Playbooks',
  },
  upkeep: {
    ownedBy: (owner) => `Verantwortlich: ${owner}`,
    reviewed: 'Geprüft am',
    nextReviewBy: 'Nächste Überprüfung bis zum',
    reviewWasDueBy: 'Überprüfung war fällig am',
    lastChanged: 'Zuletzt geändert am',
    dueSoon: '(bald fällig)',
    edit: 'Dieses Playbook bearbeiten',
  },
  reviewNotice: {
    label: 'Überprüfung überfällig',
    heading: 'Die Überprüfung dieses Playbooks ist überfällig.',
    dueBy: 'Sie war fällig am',
    afterDue: (interval) => `(${every(interval)}); prüfen Sie das Playbook anhand der aktuellen Praxis, bevor Sie sich darauf verlassen.`,
    owner: (owner) => `Verantwortlich: ${owner}.`,
    compactHeading: 'Überprüfungsdatum überschritten:',
    compactDueBy: 'fällig am',
    compactAdvice: 'Prüfen Sie das Playbook anhand der aktuellen Praxis, bevor Sie sich darauf verlassen.',
  },
  drill: {
    overdue: 'Übung überfällig',
    lastExercised: 'Zuletzt geübt am',
    lastExercisedLapsed: 'zuletzt geübt am',
    never: 'noch nie in einer Übung erprobt',
  },
  parts: {
    tldr: 'Kurzfassung',
    framework: (framework) => `Kern-Framework: ${framework}`,
    scorecard: 'Wiederverwendbare Scorecard',
    checklist: 'Praktische Checkliste',
    objections: 'Häufige Einwände + Entgegnungen',
    cadence: 'Arbeitsrhythmus und Kennzahlen',
    failureSignals: 'Warnsignale im Blick',
    leadershipQuestions: 'Fragen an die Führung für die monatliche Überprüfung',
    ninetyDays: 'Woran Sie nach 90 Tagen Erfolg erkennen',
    takeaways: 'Kernaussagen',
    teaser: 'LinkedIn-Teaser',
    closingCta: 'Abschließender Aufruf',
  },
  framework: {
    step: (step, title) => `Schritt ${count(step)}: ${title}`,
    operatorChecks: 'Prüfpunkte:',
  },
  checklist: {
    afterPrintLink: ': diese Liste und alle Prüfpunkte auf einer Seite, mit Verantwortlichen und Terminen.',
  },
  scorecard: {
    scoreYourTeam: 'Bewerten Sie Ihr Team: interaktive, druckbare Selbstbewertung',
  },
  objections: {
    objection: 'Einwand:',
    rebuttal: 'Entgegnung:',
    quoted: (objection) => `„${objection}“`,
  },
  cadence: {
    label: 'Arbeitsrhythmus',
    columns: { interval: 'Rhythmus', ritual: 'Ritual', metric: 'Kennzahl im Blick' },
  },
  teaser: {
    fullArticle: 'Vollständiger Artikel:',
    copy: 'Teaser kopieren',
    shareOnLinkedIn: 'Auf LinkedIn teilen',
    afterCarouselLink: ': dieses Playbook als Folien. Speichern Sie es als PDF und fügen Sie es dann als Dokument einem LinkedIn-Beitrag hinzu.',
    preview: 'Vorschau des Beitrags, wie LinkedIn ihn zeigt',
    seeMore: '…mehr anzeigen',
  },
  body: {
    callouts: { note: 'Hinweis', tip: 'Tipp', caution: 'Vorsicht', danger: 'Gefahr' },
    taskDone: 'Erledigt:',
    taskToDo: 'Offen:',
    code: 'Code',
    codeIn: (language) => `Code in ${language}`,
  },
};
