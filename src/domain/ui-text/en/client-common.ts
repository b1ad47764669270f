/**
 * The words of the scripts on every article page (copy a code block, share the teaser, tick the
 * checklist) and of the search page: a module of their own, so that those pages' scripts carry
 * only these and not the scorecard tools' words.
 */
export const commonClient = {
  checklist: {
    progress: (done: number, total: number) => `${done} of ${total} done`,
    noStorage: 'This browser does not allow saving, so your ticks last until you leave the page.',
    unreadable: 'The ticks saved for this checklist could not be read; ticking a box starts them again.',
    storageFull: 'This browser refused to save the latest tick (its storage is full).',
    confirmClear: 'Clear every tick of this checklist, here and on its other page?',
    cleared: 'Every tick is cleared.',
  },

  codeCopy: {
    button: 'Copy',
    /** The button's accessible name, which holds its visible word for voice control. */
    copyCode: 'Copy code',
    copyCodeIn: (language: string) => `Copy ${language} code`,
    copied: 'Copied',
    selected: 'The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
  },

  share: {
    copied: 'Copied: the teaser and the article link are on your clipboard.',
    selected: 'The teaser is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
  },

  search: {
    label: 'Search the playbooks',
    /** Names of the filters as indexed (`data-pagefind-filter`). */
    filters: { tag: 'Tag', framework: 'Framework', language: 'Language' },
    /** Before the link to the section of the article a result matched in. */
    inSection: 'In ',
    /** Around the page's link to every insight, or these words where the page has none. */
    unavailable: { before: 'Search is unavailable: this site has no search index. Browse ', allInsights: 'all insights', after: '.' },
    results: (count: number, query: string, filtered: boolean) =>
      `${count} result${count === 1 ? '' : 's'}${query ? ` for “${query}”` : ''}${filtered ? ' with the chosen filters' : ''}`,
  },
};
