/** One page of each type the site builds; every quality gate runs on all of them. */
export const pageTypes = [
  { name: 'home', path: '/' },
  { name: 'insights index', path: '/insights/' },
  { name: 'article', path: '/insights/jazz-and-reliable-systems/' },
  { name: 'search', path: '/search/' },
  { name: '404', path: '/no-such-page/' },
];
