import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Worker } from 'node:worker_threads';
import {
  builtFileUrl,
  SEARCH_INDEX_SERVICE,
  type SearchIndexService,
} from '../lib/search/index-service.ts';
import { vocabularyFile } from '../lib/search/vocabulary.ts';
import type { SearchIndexReply, SearchIndexRequest } from './search-index-worker.ts';

/**
 * Builds the Pagefind search index with Pagefind's Node API while Astro renders the pages: each
 * page is handed over as soon as it is rendered (src/integrations/search-index-middleware.ts; the
 * few other HTML files are read from dist/ at the end) and Pagefind's own process indexes it on
 * another core, from a thread of its own (search-index-worker.ts); the index is written once the site is
 * (astro:build:done, after the page-size check, so an oversized page stops the build before any
 * index is written). Only pages whose <main> carries data-pagefind-body (pages that pass
 * `search` facts to BaseLayout) are indexed, each prepared by htmlForIndex (NFC, đ spelt so that
 * Pagefind folds it, its kind's words and abbreviations' long forms, hub pages reduced to their
 * own words); the pages served are left as built. Beside the index it writes the vocabulary the
 * search page reads slips against (vocabulary.txt: the indexed words, folded, most frequent first).
 */

const WORKER = new URL('./search-index-worker.ts', import.meta.url);
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;
/** Pages the rendering thread may be ahead of Pagefind before it waits (about 10 MB of HTML). */
const MAX_BEHIND = 256;

export function searchIndex(): AstroIntegration {
  let indexing: PageIndexing | undefined;
  let base = '/';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:setup': ({ addMiddleware }) => {
        addMiddleware({
          entrypoint: new URL('./search-index-middleware.ts', import.meta.url),
          order: 'pre',
        });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:start': () => {
        indexing = new PageIndexing();
        (globalThis as Record<symbol, unknown>)[SEARCH_INDEX_SERVICE] = indexing;
      },
      'astro:build:done': async ({ dir, logger }) => {
        delete (globalThis as Record<symbol, unknown>)[SEARCH_INDEX_SERVICE];
        if (!indexing) throw new Error('Pagefind: the index was never started');
        const outDir = fileURLToPath(dir);
        const bundle = join(outDir, 'pagefind');
        rmSync(bundle, { recursive: true, force: true });
        // The HTML files the middleware did not hand over (see streamedPageUrl; files copied from
        // public/), read from disk as every page once was.
        for (const file of readdirSync(outDir, { recursive: true }) as string[]) {
          if (!file.endsWith('.html') || file.startsWith(`pagefind${sep}`)) continue;
          const url = builtFileUrl(file.split(sep).join('/'), base);
          if (indexing.has(url)) continue;
          const bytes = readFileSync(join(outDir, file));
          // A buffer of its own: a small file's bytes may share Node's buffer pool with others.
          await indexing.add(
            url,
            bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length),
          );
        }
        const pages = await indexing.finish(bundle);
        // The site has its own search interface: Pagefind's prebuilt UIs would only be dead weight.
        for (const file of readdirSync(bundle)) if (UNUSED.test(file)) rmSync(join(bundle, file));
        writeFileSync(join(bundle, 'vocabulary.txt'), vocabularyFile(indexedTexts(bundle)));
        logger.info(
          `Search index: ${pages} pages read, ${Math.round(directorySize(bundle) / 1024)} KB in ${relative(process.cwd(), bundle)}`,
        );
      },
    },
  };
}

/**
 * One build's index, fed page by page while Astro renders (src/integrations/search-index-middleware.ts)
 * to a thread of its own (search-index-worker.ts); only writing the index is left for the end.
 */
class PageIndexing implements SearchIndexService {
  readonly #worker = new Worker(WORKER);
  readonly #urls = new Set<string>();
  #pages = 0;
  /** Pages Pagefind has taken in (or held back as not indexed). */
  #taken = 0;
  /** Pages waiting for the indexing to catch up. */
  readonly #waiting: (() => void)[] = [];
  /** Told the result once the index is written. */
  #finished: ((reply: SearchIndexReply) => void) | undefined;
  /** The thread's own failure (its code could not load, it ran out of memory), told by finish(). */
  #failure: Error | undefined;

  constructor() {
    // An indexing thread never keeps a failed build's process alive; it is held while a page
    // waits for it and while finish() does.
    this.#worker.unref();
    this.#worker.on('error', (error: Error) => {
      this.#failure ??= error;
      this.#release();
    });
    this.#worker.on('message', (reply: SearchIndexReply) => {
      if (reply.type === 'taken') {
        this.#taken++;
        this.#release();
      } else this.#finished?.(reply);
    });
  }

  /**
   * Hands a page over; resolves at once unless MAX_BEHIND pages are still waiting for Pagefind,
   * then when it has caught up: on a machine whose other cores are busy, pages waiting in memory
   * for the index would otherwise pile up with the size of the site.
   */
  add(url: string, html: ArrayBuffer): Promise<void> {
    this.#pages++;
    this.#urls.add(url);
    const request: SearchIndexRequest = { type: 'page', url, html };
    this.#worker.postMessage(request, [html]);
    if (this.#pages - this.#taken < MAX_BEHIND || this.#failure) return Promise.resolve();
    this.#worker.ref();
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  #release() {
    while (this.#waiting.length && (this.#pages - this.#taken < MAX_BEHIND || this.#failure))
      this.#waiting.shift()!();
    if (this.#waiting.length === 0 && !this.#finished) this.#worker.unref();
  }

  /** Whether a page of this address was handed over. */
  has(url: string): boolean {
    return this.#urls.has(url);
  }

  /** Writes the index into `outputPath` once every page is in; returns how many pages were read. */
  async finish(outputPath: string): Promise<number> {
    this.#worker.ref();
    try {
      if (this.#failure) throw this.#failure;
      const reply = await new Promise<SearchIndexReply>((resolve, reject) => {
        this.#finished = resolve;
        this.#worker.once('error', reject);
        const request: SearchIndexRequest = { type: 'finish', outputPath };
        this.#worker.postMessage(request);
      });
      if (reply.type === 'failed') throw new Error(reply.error);
      if (reply.type !== 'finished' || reply.pages !== this.#pages)
        throw new Error(`Pagefind: not every one of the ${this.#pages} pages reached the index`);
      return reply.pages;
    } finally {
      await this.#worker.terminate();
    }
  }
}

/**
 * The text of every indexed page exactly as Pagefind holds it (content and meta values), read
 * back from its fragments: gzip, a 12-byte signature, then JSON.
 */
function* indexedTexts(bundle: string): Generator<string> {
  const dir = join(bundle, 'fragment');
  for (const file of readdirSync(dir)) {
    const fragment = JSON.parse(
      gunzipSync(readFileSync(join(dir, file)))
        .subarray(12)
        .toString('utf8'),
    ) as { content: string; meta: Record<string, string> };
    yield fragment.content;
    yield* Object.values(fragment.meta);
  }
}

function directorySize(dir: string): number {
  return (readdirSync(dir, { recursive: true }) as string[]).reduce((sum, file) => {
    const stat = statSync(join(dir, file));
    return stat.isFile() ? sum + stat.size : sum;
  }, 0);
}
