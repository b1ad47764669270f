/**
 * Search island: loads Pagefind's own search API from the built site (only on the search
 * page) and renders results as plain links with the matched excerpt and the section it
 * came from. Without JavaScript, the page keeps its note linking to all insights.
 */
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}
interface PagefindApi {
  init(): Promise<void>;
  debouncedSearch(query: string, options?: object, debounceMs?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const maxResults = 10;

function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  // The best-matching section, when the match sits under one of the article's headings.
  const section = data.sub_results.find((sub) => sub.url !== data.url) ?? data.sub_results[0];
  const where = document.createElement('p');
  where.className = 'search-section';
  if (section && section.title !== link.textContent) {
    const sectionLink = document.createElement('a');
    sectionLink.href = section.url;
    sectionLink.textContent = section.title;
    where.append('In ', sectionLink);
  }
  const excerpt = document.createElement('p');
  // Pagefind builds excerpts from our own indexed pages and marks matches with <mark>.
  excerpt.innerHTML = section?.excerpt ?? data.excerpt;
  item.append(heading, where, excerpt);
  return item;
}

export function mountSearch(container: HTMLElement | null): void {
  if (!container) return;
  container.replaceChildren();
  const form = document.createElement('form');
  form.setAttribute('role', 'search');
  form.addEventListener('submit', (event) => event.preventDefault());
  const label = document.createElement('label');
  label.htmlFor = 'search-input';
  label.textContent = 'Search the playbooks';
  const input = document.createElement('input');
  input.id = 'search-input';
  input.type = 'search';
  input.autocomplete = 'off';
  form.append(label, input);
  const status = document.createElement('p');
  status.className = 'search-status';
  status.setAttribute('role', 'status');
  const results = document.createElement('ol');
  results.className = 'search-results';
  container.append(form, status, results);

  const api: Promise<PagefindApi> = import(/* @vite-ignore */ new URL('/pagefind/pagefind.js', location.href).href).then(
    async (pagefind: PagefindApi) => {
      await pagefind.init();
      return pagefind;
    },
  );

  const run = async (query: string) => {
    const search = await (await api).debouncedSearch(query);
    if (search === null) return; // superseded by a newer keystroke
    const found = await Promise.all(search.results.slice(0, maxResults).map((result) => result.data()));
    results.replaceChildren(...found.map(resultItem));
    status.textContent = query.trim() === '' ? '' : `${search.results.length} result${search.results.length === 1 ? '' : 's'} for “${query}”`;
  };
  input.addEventListener('input', () => void run(input.value));
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}
