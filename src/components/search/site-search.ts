/**
 * <site-search>: the search page's interface, a custom element over Pagefind's JS API.
 * Pagefind (JS, worker, WASM, index) is imported only when the reader starts a search: focus or
 * typing in the box, or arriving with ?q=… from the header form.
 */
import { FILTERS, META, type FilterKey } from '../../lib/search/facts.ts';
import {
  fallbackMessage,
  MESSAGES,
  orderedFilters,
  orderedValues,
  partialMessage,
  resultsMessage,
} from '../../lib/search/messages.ts';
import {
  fallbackQueries,
  mergeResults,
  parseQuery,
  planSearch,
  rankByBestScore,
} from '../../lib/search/query.ts';
import { sectionHits, type Anchor } from '../../lib/search/sections.ts';
import { segmentsFromMarkedHtml, type Segment } from '../../lib/search/excerpt.ts';

interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  anchors: Anchor[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: object): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/**
 * Ranking: numbers people type ("03/KH-CCB", "2.4") weigh more than a title; the folded-đ field
 * a little. A query typed with marks puts pages with that exact spelling first ("đáng" before "Đảng").
 */
const RANKING = {
  metaWeights: { title: 5, numbers: 8, dfold: 2, context: 1, kind: 1 },
  diacriticSimilarity: 5,
};
const PAGE_SIZE = 8;
/** Below this many full matches, pages holding most of the words are added after them. */
const FEW = 3;
const DEBOUNCE_MS = 250;

class SiteSearch extends HTMLElement {
  #pagefind?: Promise<Pagefind>;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #filterBox!: HTMLElement;
  #ranked: PagefindResult[] = [];
  #shown = 0;
  #query = '';
  /** The first shorter query that added results, when few pages held every word. */
  #used = '';
  /** How many results hold every word of the query. */
  #full = 0;
  #searchId = 0;
  #timer?: ReturnType<typeof setTimeout>;

  connectedCallback() {
    const form = this.querySelector('form')!;
    this.#input = form.querySelector('input')!;
    this.#status = this.querySelector('[data-status]')!;
    this.#list = this.querySelector('[data-results]')!;
    this.#more = this.querySelector('[data-more]')!;
    this.#filterBox = this.querySelector('[data-filters]')!;
    this.querySelectorAll<HTMLElement>('[data-nojs]').forEach((element) => (element.hidden = true));
    this.querySelectorAll<HTMLElement>('[data-js]').forEach((element) => (element.hidden = false));

    // Failure is reported by the search itself; loading early only saves the reader time.
    this.#input.addEventListener('focus', () => void this.#load().catch(() => undefined), {
      once: true,
    });
    this.#input.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.#search(), DEBOUNCE_MS);
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.#timer);
      void this.#search();
    });
    this.#more.addEventListener('click', () => void this.#showMore());
    this.#filterBox.addEventListener('change', () => void this.#search());

    const query = new URLSearchParams(location.search).get('q');
    if (query) {
      this.#input.value = query;
      void this.#search();
    }
  }

  /** Imports Pagefind from the site's own bundle (absolute path, so sub-paths work). */
  #load(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const bundle = this.dataset.bundle!;
      const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
      // The index stores each page's full path, base included, so Pagefind must not add the base again.
      await pagefind.options({
        basePath: bundle,
        baseUrl: '/',
        ranking: RANKING,
        excerptLength: 30,
      });
      await pagefind.init();
      this.#renderFilters(await pagefind.filters());
      return pagefind;
    })();
    return this.#pagefind;
  }

  #selectedFilters(): Record<string, { any: string[] }> {
    const selected: Record<string, { any: string[] }> = {};
    this.#filterBox.querySelectorAll<HTMLInputElement>('input:checked').forEach((box) => {
      (selected[box.name] ??= { any: [] }).any.push(box.value);
    });
    return selected;
  }

  async #search() {
    const raw = this.#input.value;
    const id = ++this.#searchId;
    const url = new URL(location.href);
    if (raw.trim()) url.searchParams.set('q', raw.trim());
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!raw.trim()) {
      this.#ranked = [];
      this.#list.setAttribute('aria-busy', 'false');
      this.#list.replaceChildren();
      this.#more.hidden = true;
      this.#status.textContent = MESSAGES.empty;
      return;
    }
    this.#list.setAttribute('aria-busy', 'true');
    // Only the first search says something while it waits (the bundle loads); later ones
    // announce their count when done, so a screen reader is not interrupted at every key.
    if (!this.#pagefind) this.#status.textContent = MESSAGES.loading;
    let pagefind: Pagefind;
    try {
      pagefind = await this.#load();
    } catch {
      this.#status.textContent = MESSAGES.failed;
      this.#list.setAttribute('aria-busy', 'false');
      return;
    }
    const options = { filters: this.#selectedFilters() };
    const full = await answer(pagefind, raw, options);
    let ranked = full;
    let used = '';
    // Fewer than three pages hold every word: add pages holding most of them, after those.
    if (planSearch(raw).mode !== 'phrase-only') {
      for (const shorter of fallbackQueries(raw)) {
        if (ranked.length >= FEW) break;
        const known = new Set(ranked.map((result) => result.id));
        const added = (await answer(pagefind, shorter, options)).filter(
          (result) => !known.has(result.id),
        );
        if (added.length > 0) used ||= shorter;
        ranked = [...ranked, ...added];
      }
    }
    if (id !== this.#searchId) return;
    this.#ranked = ranked;
    this.#full = full.length;
    this.#query = raw.trim();
    this.#used = used;
    this.#shown = 0;
    this.#list.replaceChildren();
    await this.#showMore(id);
  }

  async #showMore(id = this.#searchId) {
    const next = this.#ranked.slice(this.#shown, this.#shown + PAGE_SIZE);
    const data = await Promise.all(next.map((result) => result.data()));
    if (id !== this.#searchId) return;
    const words = parseQuery(this.#query).words;
    const firstNew = this.#list.children.length;
    for (const page of data) this.#list.append(this.#renderResult(page, words));
    this.#shown += next.length;
    this.#more.hidden = this.#shown >= this.#ranked.length;
    this.#list.setAttribute('aria-busy', 'false');
    this.#status.textContent = !this.#used
      ? resultsMessage(this.#ranked.length, this.#query, this.#shown)
      : this.#full === 0
        ? `${fallbackMessage(this.#query, this.#used)} ${resultsMessage(this.#ranked.length, this.#used, this.#shown)}`
        : partialMessage(this.#full, this.#ranked.length - this.#full, this.#query);
    // After "more", move focus to the first new result so keyboard users continue from there.
    if (firstNew > 0) this.#list.children[firstNew]?.querySelector('a')?.focus();
  }

  #renderResult(page: PagefindData, words: string[]): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'search-result';
    const facts = document.createElement('p');
    facts.className = 'search-result-facts';
    const kind = document.createElement('strong');
    kind.textContent = page.meta[META.kind] ?? '';
    facts.append(kind);
    if (page.meta[META.context]) facts.append(` · ${page.meta[META.context]}`);
    const sampleLabel = page.meta[META.sample];
    if (sampleLabel) {
      const sample = document.createElement('strong');
      sample.textContent = sampleLabel;
      facts.append(' · ', sample);
    }
    const title = document.createElement('h3');
    const link = document.createElement('a');
    link.href = page.url;
    link.textContent = page.meta.title ?? page.url;
    title.append(link);
    item.append(title, facts);

    const hits = sectionHits(page, words);
    const [first] = hits;
    if (!first) item.append(paragraph(segmentsFromMarkedHtml(page.excerpt)));
    else if (!first.label) item.append(paragraph(first.excerpt));
    const sections = hits.filter((hit) => hit.label);
    if (sections.length > 0) {
      const list = document.createElement('ul');
      list.className = 'search-result-sections';
      for (const hit of sections) {
        const entry = document.createElement('li');
        const sectionLink = document.createElement('a');
        sectionLink.href = hit.url;
        sectionLink.textContent = `${MESSAGES.inSection} ${hit.label}`;
        entry.append(sectionLink, paragraph(hit.excerpt));
        list.append(entry);
      }
      item.append(list);
    }
    return item;
  }

  #renderFilters(filters: Record<string, Record<string, number>>) {
    const groups = orderedFilters(Object.keys(filters)).map((key: FilterKey) => {
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = FILTERS[key];
      fieldset.append(legend);
      for (const value of orderedValues(key, Object.keys(filters[key]!))) {
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = key;
        box.value = value;
        label.append(box, ` ${value}`);
        fieldset.append(label);
      }
      return fieldset;
    });
    this.#filterBox.querySelector('[data-filter-groups]')!.replaceChildren(...groups);
    this.#filterBox.hidden = groups.length === 0;
  }
}

/**
 * Pagefind's results for a query, phrase hits first: every đ spelling of the word query and,
 * for each phrase, every đ spelling of it as an exact search.
 */
async function answer(pagefind: Pagefind, raw: string, options: object): Promise<PagefindResult[]> {
  const plan = planSearch(raw);
  const run = async (term: string) => (await pagefind.search(term, options))?.results ?? [];
  const [wordResults, ...phraseResults] = await Promise.all([
    Promise.all(plan.words.map(run)),
    ...plan.phrases.map(async (spellings) => (await Promise.all(spellings.map(run))).flat()),
  ]);
  const byId = new Map<string, PagefindResult>();
  for (const result of [...wordResults.flat(), ...phraseResults.flat()])
    if (!byId.has(result.id)) byId.set(result.id, result);
  const order = mergeResults(
    plan.mode,
    phraseResults.map((results) => results.map((r) => r.id)),
    rankByBestScore(wordResults),
  );
  return order.map((resultId) => byId.get(resultId)!);
}

/** An excerpt as a paragraph, hits in <mark>; text is set as text, never parsed as HTML. */
function paragraph(segments: Segment[]): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = 'search-result-excerpt';
  for (const segment of segments) {
    if (segment.mark) {
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      p.append(mark);
    } else p.append(segment.text);
  }
  return p;
}

customElements.define('site-search', SiteSearch);
