import { wholeNumber } from '../../numbers.ts';

const count = (value: number): string => wholeNumber(value, 'en');

export const site = {
  /** The site's own pages, named the same in links and in their titles. */
  pages: {
    home: 'Home',
    insights: 'Insights',
    allInsights: 'All insights',
    search: 'Search',
    searchPlaybooks: 'Search the playbooks',
    series: 'Series',
    tags: 'Tags',
  },
  common: {
    /** Before a framework's name: "Framework: Ensemble Reliability Discipline". */
    frameworkLabel: 'Framework:',
    readingTime: (minutes: number) => `${count(minutes)} min read`,
  },
  header: {
    skipToContent: 'Skip to content',
    navLabel: 'Site',
    themeLabel: 'Theme',
    themes: { system: 'System', light: 'Light', dark: 'Dark' },
    searchPlaceholder: 'Search ( / )',
    searchButton: 'Search',
  },
  footer: {
    rssFeed: 'RSS feed',
    authorProfile: (author: string) => `${author}'s profile`,
  },
  /** What the card of a playbook and its link previews show. */
  previewImage: {
    articleAlt: (title: string, framework: string, siteName: string) => `${title}: ${framework}, on ${siteName}`,
  },
  home: {
    browseAll: (playbooks: number) => `Browse all ${count(playbooks)} playbooks`,
    featuredSeries: 'Featured series',
    /** The featured series' line, around the link to its book. */
    featuredSeriesParts: (playbooks: number) => ({
      before: `${count(playbooks)} ${playbooks === 1 ? 'playbook' : 'playbooks'} to read in order, or as`,
      link: 'one printable book',
      after: '.',
    }),
    partMinutes: (minutes: number) => `${count(minutes)} min`,
    latest: 'Latest playbooks',
  },
  insightsIndex: {
    pageOf: (page: number, pages: number) => `page ${count(page)} of ${count(pages)}`,
    /** `pageWords` is `pageOf`'s text, empty when the index has one page. */
    title: (pageWords: string) => `All insights, ${pageWords}`,
    description: (siteName: string, pageWords: string) => `Every playbook on ${siteName}, newest first${pageWords ? `: ${pageWords}` : ''}.`,
    lede: 'Playbooks with framework steps, operator checks and a scorecard you can use in one working session.',
    pagination: {
      label: 'Pages of all insights',
      newer: 'Newer',
      older: 'Older',
      current: (page: number, pages: number) => `Page ${count(page)} of ${count(pages)}`,
    },
  },
  search: {
    description: (siteName: string) => `Search every playbook on ${siteName}.`,
    /** Shown until the search script runs, around its link to the insights index. */
    noScript: { before: 'Search needs JavaScript. Without it, browse', link: 'all insights', after: '.' },
  },
  tagsIndex: {
    description: (siteName: string) => `Every topic on ${siteName}, with how many playbooks cover it.`,
    articleCount: (articles: number) => `${count(articles)} ${articles === 1 ? 'article' : 'articles'}`,
  },
  tag: {
    title: (tag: string) => `Tagged “${tag}”`,
    description: (tag: string) => `Playbooks on ${tag}, newest first.`,
    allTags: 'All tags',
    lede: (playbooks: number) => `${count(playbooks)} ${playbooks === 1 ? 'playbook' : 'playbooks'}, newest first.`,
  },
  seriesIndex: {
    description: (siteName: string) => `Playbook series on ${siteName}.`,
    partCount: (parts: number) => `${count(parts)} ${parts === 1 ? 'part' : 'parts'}`,
  },
  series: {
    title: (series: string) => `Series: ${series}`,
    description: (series: string) => `The ${series} series, in reading order.`,
    allSeries: 'All series',
    lede: (playbooks: number) => `A series of ${count(playbooks)} ${playbooks === 1 ? 'playbook' : 'playbooks'}, in reading order.`,
    /** The line under the lede: a link to the series book, then what the book is. */
    book: { link: 'The whole series as one book', after: ': every part in one document to print or save as a PDF, with a cover and contents.' },
  },
  seriesBook: {
    title: (series: string) => `Book: ${series}`,
    description: (parts: number, series: string) =>
      `All ${count(parts)} parts of the ${series} series in one document to print: a cover, the contents and every article in full.`,
    /** The cover's link back to the series page. */
    seriesLink: 'Series',
    lede: (playbooks: number) => `${count(playbooks)} ${playbooks === 1 ? 'playbook' : 'playbooks'}, in reading order`,
    printNote: 'Every part of the series in one document: print it, or save it as a PDF, from your browser. Each article starts on a new page.',
    print: 'Print this book',
    contents: 'Contents',
    partOf: (part: number, parts: number) => `Part ${count(part)} of ${count(parts)}`,
  },
  scorecardPage: {
    title: (template: string) => `${template}: self-assessment`,
    description: (framework: string) => `Score ${framework} area by area, in the browser or on paper.`,
  },
  checklistPage: {
    title: (article: string) => `Checklist: ${article}`,
    description: (framework: string) => `A one-page printable checklist of ${framework}: the practical checklist and every operator check.`,
  },
  /** A site in several languages: the language picker, and the notice on an article not translated into the page's language. */
  languages: {
    pickerLabel: 'Language',
    /** `language` is the name of the language the article is written in, in that language ("Deutsch"). */
    untranslated: (language: string) => `This playbook has not been translated into English yet: it is shown in its original language, ${language}.`,
  },
  carousel: {
    title: (article: string) => `Carousel: ${article}`,
    description: (article: string, framework: string) =>
      `${article} as slides for a LinkedIn document post: the TL;DR, every step of ${framework} with its checks, the scorecard and the takeaways.`,
    heading: 'Carousel for LinkedIn',
    intro: (slides: number) =>
      `${count(slides)} slides of 1080×1350 px. Print this page and Save as PDF (one slide a page), then add it to a LinkedIn post as a document.`,
    /** The slides themselves (src/domain/carousel.ts). */
    slides: {
      byline: (framework: string, author: string) => `${framework}, by ${author}`,
      stepOf: (framework: string, step: number, steps: number) => `${framework} · ${count(step)} of ${count(steps)}`,
      scoreYourself: 'Score yourself 1-5 in each area',
      takeaways: 'Takeaways',
      closing: 'Over to you',
      fullPlaybook: (shortUrl: string) => `The full playbook, its scorecard and checklist: ${shortUrl}`,
      lastReviewed: (day: string) => `Last reviewed ${day}`,
      neverReviewed: (published: string) => `Published ${published}, not reviewed since`,
      /** A list's heading on the slides it continues onto. */
      continued: (heading: string) => `${heading} (continued)`,
    },
  },
  notFound: {
    title: 'Page not found',
    description: 'This page does not exist.',
    lede: 'The page you asked for does not exist, or it moved.',
  },
};
