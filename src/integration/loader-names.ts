/** The content loaders' names, by which the dev server has them read a saved file again (`refreshContent`). */
export const articlesLoaderName = 'setlist-articles';
export const scorecardsLoaderName = 'setlist-scorecards';
