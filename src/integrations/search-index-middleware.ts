import { defineMiddleware } from 'astro:middleware';
import {
  SEARCH_INDEX_SERVICE,
  streamedPageUrl,
  type SearchIndexService,
} from '../lib/search/index-service.ts';

/**
 * Hands the HTML pages of a build to the search index as soon as they are rendered, so that
 * Pagefind indexes it (in its own process, on another core) while Astro renders the next pages.
 * The response is passed on unchanged: Astro writes exactly the text read here. Outside a build
 * (astro dev) there is no service and nothing is read.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const service = (globalThis as Record<symbol, SearchIndexService | undefined>)[
    SEARCH_INDEX_SERVICE
  ];
  const url = streamedPageUrl(context.url.pathname, response.status);
  if (!service || !url || !response.headers.get('content-type')?.startsWith('text/html'))
    return response;
  const html = await response.arrayBuffer();
  // The index takes its own copy over to its thread (a transfer, not a second copy).
  await service.add(url, html.slice(0));
  return new Response(html, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
