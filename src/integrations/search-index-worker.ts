import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { marksIndexedBody } from '../lib/search/index-service.ts';
import { htmlForIndex } from '../lib/search/index-text.ts';
import { yieldToRendering } from './background-thread.ts';

/**
 * The search index's thread (started by search-index.ts): takes each page as Astro renders it,
 * prepares it for Pagefind (htmlForIndex) and hands it to Pagefind's process, so that neither the
 * preparation nor Pagefind's indexing holds up the thread rendering pages. Told to finish, it
 * writes the index and answers with the number of pages it was given. Each page is acknowledged
 * once Pagefind has it ("taken"), so the rendering thread can wait when indexing falls behind.
 */

/** Parts of an indexed page that are not its content: copy-link buttons, footnote markers, tables of contents, a plan's progress overview (it repeats its targets' titles). */
const EXCLUDE = ['copy-link', '.note-ref', 'nav', '[data-progress-overview]'];

export type SearchIndexRequest =
  { type: 'page'; url: string; html: ArrayBuffer } | { type: 'finish'; outputPath: string };
export type SearchIndexReply =
  { type: 'taken' } | { type: 'finished'; pages: number } | { type: 'failed'; error: string };

const answer = (reply: SearchIndexReply) => parentPort?.postMessage(reply);

// Before Pagefind's process starts, so that it inherits the lower priority.
yieldToRendering();
const created = pagefind.createIndex({ forceLanguage: 'vi', excludeSelectors: EXCLUDE });
const decoder = new TextDecoder();
const added: Promise<void>[] = [];
/** Pages without a marked body, held until a page with one shows they are not indexed. */
let unmarked: { url: string; html: string }[] | undefined = [];
let pages = 0;

function send(url: string, html: string) {
  const done = created.then(async ({ index, errors: createErrors }) => {
    if (!index) throw new Error(`Pagefind: ${createErrors.join('; ')}`);
    const { errors } = await index.addHTMLFile({ url, content: htmlForIndex(html) });
    if (errors.length) throw new Error(`Pagefind (${url}): ${errors.join('; ')}`);
  });
  // Reported when the index is finished, with every other page's; not as an unhandled rejection meanwhile.
  done.catch(() => undefined);
  // Whether it went in or not, Pagefind is done with the page: the rendering thread may send more.
  void done.finally(() => answer({ type: 'taken' })).catch(() => undefined);
  added.push(done);
}

async function finish(outputPath: string): Promise<number> {
  for (const { url, html } of unmarked ?? []) send(url, html);
  await Promise.all(added);
  const { index, errors: createErrors } = await created;
  if (!index) throw new Error(`Pagefind: ${createErrors.join('; ')}`);
  const { errors } = await index.writeFiles({ outputPath });
  if (errors.length) throw new Error(`Pagefind: ${errors.join('; ')}`);
  await pagefind.close();
  return pages;
}

parentPort?.on('message', (request: SearchIndexRequest) => {
  if (request.type === 'page') {
    pages++;
    const html = decoder.decode(request.html);
    if (!marksIndexedBody(html)) {
      unmarked?.push({ url: request.url, html });
      answer({ type: 'taken' });
      return;
    }
    unmarked = undefined;
    send(request.url, html);
    return;
  }
  finish(request.outputPath).then(
    (count) => answer({ type: 'finished', pages: count }),
    (error: unknown) =>
      answer({ type: 'failed', error: error instanceof Error ? error.message : String(error) }),
  );
});
