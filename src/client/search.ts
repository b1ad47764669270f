/**
 * Search island: loads Pagefind's search API from the built site (only on the search page)
 * and renders results as plain links with the matched excerpt and the section it came from,
 * with tag and framework filters. Without JavaScript the page keeps its note linking to
 * all insights.
 */
import { searchInputHook } from '../domain/page-ids.ts';
import { commonClientText, type CommonClientText } from '../domain/ui-text/common-client-text.ts';

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
type Filters = Record<string, string[]>;
interface PagefindApi {
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  debouncedSearch(
    query: string | null,
    options?: { filters?: Filters },
    debounceMs?: number,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

type SearchText = CommonClientText['search'];

const maxResults = 10;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
}

function resultItem(data: PagefindResultData, text: SearchText): HTMLLIElement {
  const title = data.meta.title ?? data.url;
  // The best-matching section, when the match sits under one of the article's headings.
  const section = data.sub_results.find((sub) => sub.url !== data.url) ?? data.sub_results[0];
  const where = element('p', { className: 'search-section' });
  if (section && section.title !== title) where.append(text.inSection, element('a', { href: section.url }, section.title));
  const excerpt = element('p');
  // Pagefind builds excerpts from our own indexed pages and marks matches with <mark>.
  excerpt.innerHTML = section?.excerpt ?? data.excerpt;
  return element('li', { className: 'search-result' }, element('h2', {}, element('a', { href: data.url }, title)), where, excerpt);
}

function filterGroup(name: string, label: string, values: Record<string, number>): HTMLFieldSetElement {
  const group = element('fieldset', {}, element('legend', {}, label));
  for (const [value, count] of Object.entries(values).sort(([a], [b]) => a.localeCompare(b))) {
    const box = element('input', { type: 'checkbox', name, value });
    group.append(element('label', {}, box, ` ${value} (${count})`));
  }
  return group;
}

function chosenFilters(form: HTMLElement): Filters {
  const chosen: Filters = {};
  for (const box of form.querySelectorAll<HTMLInputElement>('.search-filters input:checked')) {
    (chosen[box.name] ??= []).push(box.value);
  }
  return chosen;
}

export function mountSearch(container: HTMLElement | null): void {
  if (!container) return;
  const text = commonClientText(document.documentElement.lang).search;
  // The page's link to every playbook, for a site whose search cannot load.
  const allInsights = container.querySelector('a');
  container.replaceChildren();
  const input = element('input', { id: 'search-input', type: 'search', autocomplete: 'off' });
  input.setAttribute(searchInputHook, '');
  const filters = element('div', { className: 'search-filters' });
  const form = element('form', {}, element('label', { htmlFor: 'search-input' }, text.label), input, filters);
  form.setAttribute('role', 'search');
  form.addEventListener('submit', (event) => event.preventDefault());
  const status = element('p', { className: 'search-status' });
  status.setAttribute('role', 'status');
  const results = element('ol', { className: 'search-results' });
  container.append(form, status, results);

  const api: Promise<PagefindApi> = import(/* @vite-ignore */ new URL('/pagefind/pagefind.js', location.href).href).then(async (pagefind: PagefindApi) => {
    await pagefind.init();
    return pagefind;
  });
  // A site with no article page has no index (src/node/search-index.ts), nor has a host that dropped it.
  api.catch(() => {
    input.disabled = true;
    const { before, allInsights: fallback, after } = text.unavailable;
    status.replaceChildren(before, allInsights ?? fallback, after);
  });

  const run = async () => {
    const query = input.value.trim();
    const chosen = chosenFilters(form);
    const filtering = Object.keys(chosen).length > 0;
    if (!query && !filtering) {
      results.replaceChildren();
      status.textContent = '';
      return;
    }
    const pagefind = await api.catch(() => undefined);
    if (!pagefind) return;
    const search = await pagefind.debouncedSearch(query || null, { filters: chosen });
    if (search === null) return; // superseded by a newer keystroke
    const found = await Promise.all(search.results.slice(0, maxResults).map((result) => result.data()));
    results.replaceChildren(...found.map((data) => resultItem(data, text)));
    status.textContent = text.results(search.results.length, query, filtering);
  };
  input.addEventListener('input', () => void run());
  filters.addEventListener('change', () => void run());

  api.then(
    async (pagefind) => {
      const available = await pagefind.filters();
      for (const [name, label] of Object.entries(text.filters)) {
        const values = available[name];
        // A filter of one value would find what no filter finds (a site in one language has one language).
        if (values && Object.keys(values).length > 1) filters.append(filterGroup(name, label, values));
      }
    },
    () => undefined,
  );

  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run();
  }
}
