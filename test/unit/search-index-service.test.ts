import { describe, expect, it } from 'vitest';
import {
  builtFileUrl,
  marksIndexedBody,
  streamedPageUrl,
} from '../../src/lib/search/index-service.ts';

describe('which rendered pages go to the search index while the build renders', () => {
  it('hands over a page answered at a folder address, under that address (base included)', () => {
    expect(streamedPageUrl('/ke-hoach/lao-cai-03-kh-ccb/', 200)).toBe(
      '/ke-hoach/lao-cai-03-kh-ccb/',
    );
    expect(streamedPageUrl('/ccb/tim-kiem/', 200)).toBe('/ccb/tim-kiem/');
  });

  it('leaves the 404 page and HTML written by an endpoint to be read from their files', () => {
    // Astro writes these as 404.html and admin/index.html: their folder address is not the index's.
    expect(streamedPageUrl('/404/', 404)).toBeUndefined();
    expect(streamedPageUrl('/admin/index.html', 200)).toBeUndefined();
  });

  it('names a file read from disk as the index always has: the folder of an index.html', () => {
    expect(builtFileUrl('ke-hoach/x/index.html', '/')).toBe('/ke-hoach/x/');
    expect(builtFileUrl('index.html', '/ccb/')).toBe('/ccb/');
    expect(builtFileUrl('404.html', '/')).toBe('/404.html');
  });

  it('tells a page that marks its indexed part from one that does not', () => {
    expect(marksIndexedBody('<main id="x" data-pagefind-body>')).toBe(true);
    expect(marksIndexedBody('<p>data-pagefind-body</p>')).toBe(false);
  });
});
