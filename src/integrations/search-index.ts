import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import {
  indexedUrl,
  marksIndexedBody,
  SEARCH_INDEX_SERVICE,
  type SearchIndexService,
} from '../lib/search/index-service.ts';
import { htmlForIndex } from '../lib/search/index-text.ts';
import { vocabularyFile } from '../lib/search/vocabulary.ts';

/**
 * Builds the Pagefind search index with Pagefind's Node API while Astro renders the pages: each
 * page is handed over as soon as it is rendered (src/integrations/search-index-middleware.ts) and
 * Pagefind's own process indexes it on another core; the index is written once the site is
 * (astro:build:done, after the page-size check, so an oversized page stops the build before any
 * index is written). Only pages whose <main> carries data-pagefind-body (pages that pass
 * `search` facts to BaseLayout) are indexed, each prepared by htmlForIndex (NFC, đ spelt so that
 * Pagefind folds it, its kind's words and abbreviations' long forms, hub pages reduced to their
 * own words); the pages served are left as built. Beside the index it writes the vocabulary the
 * search page reads slips against (vocabulary.txt: the indexed words, folded, most frequent first).
 */

/** Parts of an indexed page that are not its content: copy-link buttons, footnote markers, tables of contents, a plan's progress overview (it repeats its targets' titles). */
const EXCLUDE = ['copy-link', '.note-ref', 'nav', '[data-progress-overview]'];
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;

export function searchIndex(): AstroIntegration {
  let indexing: PageIndexing | undefined;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:setup': ({ addMiddleware }) => {
        addMiddleware({
          entrypoint: new URL('./search-index-middleware.ts', import.meta.url),
          order: 'pre',
        });
      },
      'astro:build:start': async () => {
        indexing = await PageIndexing.start();
        (globalThis as Record<symbol, unknown>)[SEARCH_INDEX_SERVICE] = indexing;
      },
      'astro:build:done': async ({ dir, logger }) => {
        delete (globalThis as Record<symbol, unknown>)[SEARCH_INDEX_SERVICE];
        if (!indexing) throw new Error('Pagefind: the index was never started');
        const outDir = fileURLToPath(dir);
        const bundle = join(outDir, 'pagefind');
        rmSync(bundle, { recursive: true, force: true });
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
 * One build's index, fed page by page while Astro renders (src/integrations/search-index-middleware.ts):
 * Pagefind's process indexes each page as it comes, and only writing the index is left for the end.
 */
class PageIndexing implements SearchIndexService {
  readonly #index: pagefind.PagefindIndex;
  readonly #added: Promise<void>[] = [];
  /** Pages without a marked body, held until a page with one shows they are not indexed. */
  #unmarked: { url: string; html: string }[] | undefined = [];
  #pages = 0;

  private constructor(index: pagefind.PagefindIndex) {
    this.#index = index;
  }

  static async start(): Promise<PageIndexing> {
    const { index, errors } = await pagefind.createIndex({
      forceLanguage: 'vi',
      excludeSelectors: EXCLUDE,
    });
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    return new PageIndexing(index);
  }

  add(pathname: string, html: string): void {
    this.#pages++;
    const url = indexedUrl(pathname);
    if (!marksIndexedBody(html)) {
      this.#unmarked?.push({ url, html });
      return;
    }
    this.#unmarked = undefined;
    this.#send(url, html);
  }

  #send(url: string, html: string) {
    const added = this.#index
      .addHTMLFile({ url, content: htmlForIndex(html) })
      .then(({ errors }) => {
        if (errors.length) throw new Error(`Pagefind (${url}): ${errors.join('; ')}`);
      });
    // Reported by finish(), with every other page's; not as an unhandled rejection meanwhile.
    added.catch(() => undefined);
    this.#added.push(added);
  }

  /** Writes the index into `bundle` once every page is in; returns how many pages were read. */
  async finish(bundle: string): Promise<number> {
    for (const { url, html } of this.#unmarked ?? []) this.#send(url, html);
    await Promise.all(this.#added);
    const { errors } = await this.#index.writeFiles({ outputPath: bundle });
    if (errors.length) throw new Error(`Pagefind: ${errors.join('; ')}`);
    await pagefind.close();
    return this.#pages;
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
