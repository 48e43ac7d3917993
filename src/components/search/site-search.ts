/**
 * <site-search>: the search page's interface, a custom element over Pagefind's JS API.
 * Pagefind (JS, WASM, index) and the site's vocabulary are fetched only when the reader starts a
 * search: focus or typing in the box, or arriving with ?q=… from the header form. The filters'
 * values are fetched only when the reader opens "Lọc kết quả".
 */
import { LISTS_FILTER, META } from '../../lib/search/facts.ts';
import { foldWord, strokeD, unstrokeD } from '../../lib/search/fold.ts';
import {
  MESSAGES,
  partialMessage,
  readingMessage,
  resultsMessage,
} from '../../lib/search/messages.ts';
import { parseQuery, planQuery, type QueryPlan } from '../../lib/search/query.ts';
import {
  coverage,
  order,
  spelledAsTyped,
  withKindFirst,
  wordPairs,
  type PageSignals,
} from '../../lib/search/rank.ts';
import { sectionHits, type Anchor } from '../../lib/search/sections.ts';
import type { Segment } from '../../lib/search/excerpt.ts';
import { readVocabulary, type Vocabulary } from '../../lib/search/vocabulary.ts';

interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string>;
  anchors: Anchor[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
type Filters = Record<string, { any: string[] }>;
interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: object): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
interface Engine {
  pagefind: Pagefind;
  /** Undefined when the vocabulary could not be fetched: words are then searched as typed. */
  vocabulary?: Vocabulary;
  /**
   * Answers of recent searches (term and filters): a query typed word by word asks for the same
   * words and pairs at each key, so the last key only searches what is new.
   */
  answers: Map<string, Promise<PagefindResult[]>>;
}
/** Searches remembered (a few queries' worth). */
const REMEMBERED = 200;

/**
 * Ranking: whole syllables far above longer words they start (termSimilarity: "tu" is tư, tự,
 * not "tuyên"); numbers people type ("03/KH-CCB", "2.4") weigh more than a title; a query typed
 * with marks puts pages with that exact spelling first ("đáng" before "Đảng").
 */
const RANKING = {
  termSimilarity: 6,
  metaWeights: { title: 5, numbers: 8, alias: 1, context: 1, kind: 1 },
  diacriticSimilarity: 5,
};
const PAGE_SIZE = 8;
/** Below this many full matches, pages holding most of the words are added after them. */
const FEW = 3;
/** Pause in typing before searching: short, as a search takes a few milliseconds once loaded. */
const DEBOUNCE_MS = 120;

class SiteSearch extends HTMLElement {
  #engine?: Promise<Engine>;
  #filtersLoaded = false;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #filterBox!: HTMLDetailsElement;
  #ranked: PagefindResult[] = [];
  #shown = 0;
  #plan?: QueryPlan;
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
      // The search under way (if any) is for words the reader has already typed past.
      this.#searchId++;
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.#search(), DEBOUNCE_MS);
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.#timer);
      void this.#search();
    });
    this.#more.addEventListener('click', () => void this.#showMore());
    this.#filterBox.addEventListener('toggle', () => void this.#loadFilters());
    this.#filterBox.addEventListener('change', () => void this.#search());

    const query = new URLSearchParams(location.search).get('q');
    if (query) {
      this.#input.value = planQuery(query).text;
      void this.#search();
    }
  }

  /** Imports Pagefind from the site's own bundle (absolute path, so sub-paths work), and the vocabulary beside it. */
  #load(): Promise<Engine> {
    this.#engine ??= (async () => {
      const bundle = this.dataset.bundle!;
      const vocabulary = fetch(`${bundle}vocabulary.txt`)
        .then((response) => (response.ok ? response.text() : Promise.reject(new Error())))
        .then(readVocabulary)
        .catch(() => undefined);
      const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
      // The index stores each page's full path, base included, so Pagefind must not add the base again.
      // No worker: the index is small, and the worker script would add 12 KB to a first search.
      await pagefind.options({
        basePath: bundle,
        baseUrl: '/',
        ranking: RANKING,
        excerptLength: 0,
        noWorker: true,
      });
      await pagefind.init();
      return { pagefind, vocabulary: await vocabulary, answers: new Map() };
    })();
    return this.#engine;
  }

  async #loadFilters() {
    if (!this.#filterBox.open || this.#filtersLoaded) return;
    this.#filtersLoaded = true;
    const groups = this.#filterBox.querySelector('[data-filter-groups]')!;
    groups.textContent = MESSAGES.filtersLoading;
    try {
      const [{ pagefind }, { filterGroups }] = await Promise.all([
        this.#load(),
        import('./search-filters.ts'),
      ]);
      groups.replaceChildren(...filterGroups(await pagefind.filters()));
    } catch {
      this.#filtersLoaded = false;
      groups.textContent = MESSAGES.failed;
    }
  }

  #selectedFilters(): Filters {
    const selected: Filters = {};
    this.#filterBox.querySelectorAll<HTMLInputElement>('input:checked').forEach((box) => {
      (selected[box.name] ??= { any: [] }).any.push(box.value);
    });
    return selected;
  }

  async #search() {
    const raw = this.#input.value;
    const id = ++this.#searchId;
    const typed = planQuery(raw).text;
    const url = new URL(location.href);
    if (typed) url.searchParams.set('q', typed);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!typed) {
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
    if (!this.#engine) this.#status.textContent = MESSAGES.loading;
    let engine: Engine;
    try {
      engine = await this.#load();
    } catch {
      this.#fail();
      return;
    }
    const plan = planQuery(raw, engine.vocabulary);
    let found: Awaited<ReturnType<typeof answer>>;
    try {
      found = await answer(engine, plan, this.#selectedFilters(), () => id !== this.#searchId);
    } catch (error) {
      if (error instanceof Stale) return;
      // A part of the index that could not be fetched: offline, or the network dropped.
      if (id === this.#searchId) this.#fail();
      return;
    }
    const { ranked, full } = found;
    if (id !== this.#searchId) return;
    this.#ranked = ranked;
    this.#full = full;
    this.#plan = plan;
    this.#shown = 0;
    this.#list.replaceChildren();
    this.#filterBox.hidden = false;
    await this.#showMore(id);
  }

  /** Says why no results came: offline (only words searched before can be found) or a failed load. */
  #fail() {
    this.#status.textContent = navigator.onLine ? MESSAGES.failed : MESSAGES.offline;
    this.#list.setAttribute('aria-busy', 'false');
  }

  async #showMore(id = this.#searchId) {
    const plan = this.#plan;
    if (!plan) return;
    const next = this.#ranked.slice(this.#shown, this.#shown + PAGE_SIZE);
    let data: PagefindData[];
    try {
      data = await Promise.all(next.map(async (result) => readable(await result.data())));
    } catch {
      if (id === this.#searchId) this.#fail();
      return;
    }
    if (id !== this.#searchId) return;
    // Words typed with marks: the first results spelling them so come first ("đáng" before "Đảng").
    if (this.#shown === 0) {
      const typed = parseQuery(plan.text).words;
      const asTyped = (page: PagefindData) =>
        spelledAsTyped([page.content, ...Object.values(page.meta)].join(' '), typed);
      data = [...data.filter(asTyped), ...data.filter((page) => !asTyped(page))];
    }
    const firstNew = this.#list.children.length;
    const words = [...plan.words, ...plan.expanded.map((abbreviation) => abbreviation.short)];
    for (const page of data) this.#list.append(this.#renderResult(page, words, plan));
    this.#shown += next.length;
    this.#more.hidden = this.#shown >= this.#ranked.length;
    this.#list.setAttribute('aria-busy', 'false');
    const total = this.#ranked.length;
    const counted =
      this.#full < total
        ? partialMessage(this.#full, total - this.#full, plan.text)
        : resultsMessage(total, plan.text, this.#shown);
    const reading = plan.words.length ? readingMessage(plan) : '';
    this.#status.textContent = [reading, counted].filter(Boolean).join(' ');
    // After "more", move focus to the first new result so keyboard users continue from there.
    if (firstNew > 0) this.#list.children[firstNew]?.querySelector('a')?.focus();
  }

  #renderResult(page: PagefindData, words: string[], plan: QueryPlan): HTMLLIElement {
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

    const hits = sectionHits(page, words, { lastIsPrefix: plan.lastIsPrefix });
    const [first] = hits;
    if (first && !first.label) item.append(paragraph(first.excerpt));
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
}

/** Thrown to stop the searches of a query the reader has typed past. */
class Stale extends Error {}

/** A result's data as readers read it: đ restored wherever the index spelt it with a stroke. */
function readable(data: PagefindData): PagefindData {
  return {
    ...data,
    content: unstrokeD(data.content),
    meta: Object.fromEntries(Object.entries(data.meta).map(([k, v]) => [k, unstrokeD(v)])),
    anchors: data.anchors.map((anchor) => ({
      ...anchor,
      text: anchor.text && unstrokeD(anchor.text),
    })),
  };
}

/**
 * Every result for a plan, best first, and how many of them hold every word: the word search
 * and, for several words, the exact phrase and each word on its own (where it stands on each
 * page), ordered by rank.ts; when fewer than FEW pages hold every word, pages holding most of
 * them follow; a kind the query names is brought up.
 */
async function answer(
  { pagefind, vocabulary, answers }: Engine,
  plan: QueryPlan,
  filters: Filters,
  stale: () => boolean,
): Promise<{ ranked: PagefindResult[]; full: number }> {
  if (plan.words.length === 0) return { ranked: [], full: 0 };
  const byId = new Map<string, PagefindResult>();
  // Searches run one after the other (they share the page's one thread), each only while the
  // reader has not typed on: a key pressed meanwhile stops the rest, so its own search starts sooner.
  let queue: Promise<unknown> = Promise.resolve();
  const run = async (term: string | null, extra: Filters = {}) => {
    const options = { filters: { ...filters, ...extra } };
    const key = JSON.stringify([term, options]);
    let answer = answers.get(key);
    if (!answer) {
      answer = queue.then(async () => {
        if (stale()) throw new Stale();
        return (await pagefind.search(term, options))?.results ?? [];
      });
      queue = answer.catch(() => undefined);
      answers.set(key, answer);
      // A search stopped half way is not remembered.
      answer.catch(() => answers.delete(key));
      if (answers.size > REMEMBERED) answers.delete(answers.keys().next().value!);
    }
    const results = await answer;
    for (const result of results) if (!byId.has(result.id)) byId.set(result.id, result);
    return results;
  };
  const ids = (results: PagefindResult[]) => results.map((result) => result.id);
  // Words that only ask ("là", "bao nhiêu") need not be on the page; they count in the phrase.
  const core = plan.words.filter((_, index) => !plan.filler[index]);
  const words = core.length ? core : plan.words;
  const kind = plan.kinds[0];
  // Whole-syllable matches matter only for a word some longer word starts ("tu": "tuyên").
  const extended = (word: string) =>
    !vocabulary || !/^\p{L}+$/u.test(word) || vocabulary.hasPrefix(`${foldWord(word)}`, true);
  const pairs = wordPairs(plan.words, plan.filler);
  const [main, phrase, required, whole, adjacent, ofKind, list] = await Promise.all([
    run(term(words)),
    plan.words.length > 1 ? run(exact(plan.words)).then(ids) : ([] as string[]),
    Promise.all(plan.phrases.map((phrase) => run(exact(phrase)).then(ids))),
    // A word quoted alone matches it as a whole syllable only.
    Promise.all(
      words
        .slice(0, -1)
        .filter(extended)
        .map((word) => run(exact([word])).then((results) => new Set(ids(results)))),
    ),
    Promise.all(pairs.map((pair) => run(exact(pair)).then((results) => new Set(ids(results))))),
    kind ? run(null, { kind: { any: [kind] } }).then(ids) : ([] as string[]),
    kind ? run(null, { [LISTS_FILTER]: { any: [kind] } }).then(ids) : ([] as string[]),
  ]);
  const held = (id: string) => adjacent.filter((found) => found.has(id)).length;
  const signals = (id: string, score: number, count: number): PageSignals => ({
    id,
    score,
    words: count,
    phrase: phrase.includes(id),
    whole: whole.every((found) => found.has(id)),
    pairs: adjacent.length ? held(id) / adjacent.length : phrase.includes(id) ? 1 : 0,
  });
  let pages = main.map((result) => signals(result.id, result.score, words.length));
  if (required.length) {
    const [first = [], ...rest] = required;
    const inEvery = first.filter((id) => rest.every((hits) => hits.includes(id)));
    pages = [
      ...pages.filter((page) => inEvery.includes(page.id)),
      ...inEvery
        .filter((id) => !pages.some((page) => page.id === id))
        .map((id) => signals(id, 0, words.length)),
    ];
  }
  const full = pages.length;
  if (full < FEW && !required.length && words.length > 1) {
    // Pages holding at least half of the words, most words first.
    const each = await Promise.all(words.map((word) => run(term([word]))));
    const known = new Set(pages.map((page) => page.id));
    for (const [id, page] of coverage(each))
      if (!known.has(id) && page.words >= Math.ceil(words.length / 2))
        pages.push({ ...signals(id, page.score, page.words), phrase: false, whole: false });
  }
  let ranked = order(pages);
  if (kind && ranked.length) ranked = withKindFirst(ranked, new Set(ofKind), list[0]);
  return { ranked: ranked.map((id) => byId.get(id)!), full };
}

const term = (words: readonly string[]) => strokeD(words.join(' '));

const exact = (words: readonly string[]) => `"${term(words)}"`;

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
