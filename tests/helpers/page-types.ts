/** One page of each type the site builds; every quality gate runs on all of them. */
export const pageTypes = [
  { name: 'home', path: '/' },
  { name: 'insights index', path: '/insights/' },
  { name: 'article', path: '/insights/jazz-and-reliable-systems/' },
  { name: 'article with GFM table, task list and external link', path: '/insights/five-failure-modes/' },
  { name: 'article past its review date', path: '/insights/policy-gated-ai/' },
  { name: 'scorecard self-assessment (with a lapsed drill)', path: '/insights/five-failure-modes/scorecard/' },
  { name: 'printable checklist', path: '/insights/jazz-and-reliable-systems/checklist/' },
  { name: 'LinkedIn carousel', path: '/insights/jazz-and-reliable-systems/carousel/' },
  { name: 'tags index', path: '/insights/tags/' },
  { name: 'tag', path: '/insights/tags/operating-model/' },
  { name: 'series', path: '/insights/series/reliable-operations/' },
  { name: 'series book', path: '/insights/series/reliable-operations/book/' },
  { name: 'search', path: '/search/' },
  // A path the site does not build: the host answers with the 404 page and status 404.
  { name: '404', path: '/no-such-page/', status: 404 },
];
