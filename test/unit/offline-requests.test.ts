import { describe, expect, it } from 'vitest';
import { cacheName, parseCacheName } from '../../src/lib/offline/cache-names.ts';
import { cacheKey, imageFamily, routeRequest } from '../../src/lib/offline/requests.ts';

const root = { origin: 'https://ccb.example.vn', base: '/' };
const sub = { origin: 'https://hoi-ccb.github.io', base: '/ccb/' };
const get = (url: string, mode = 'no-cors') => ({ url, method: 'GET', mode });

describe('which requests the service worker handles, and how', () => {
  it('opens pages network first, under the domain root and under a sub-path', () => {
    expect(routeRequest(get('https://ccb.example.vn/ke-hoach/x/', 'navigate'), root)).toBe('page');
    expect(routeRequest(get('https://ccb.example.vn/', 'navigate'), root)).toBe('page');
    expect(routeRequest(get('https://hoi-ccb.github.io/ccb/tim-kiem/?q=a', 'navigate'), sub)).toBe(
      'page',
    );
  });

  it('serves files whose names carry a content hash from the cache first', () => {
    expect(routeRequest(get('https://ccb.example.vn/_astro/BaseLayout.BRmEcAXi.css'), root)).toBe(
      'hashed',
    );
    expect(routeRequest(get('https://hoi-ccb.github.io/ccb/_astro/interactive.Dk.js'), sub)).toBe(
      'hashed',
    );
    for (const file of [
      'index/vi_3a1.pf_index',
      'fragment/vi_11e.pf_fragment',
      'pagefind.vi_ba4.pf_meta',
    ])
      expect(routeRequest(get(`https://ccb.example.vn/pagefind/${file}`), root), file).toBe(
        'hashed',
      );
  });

  it('fetches other files of the site network first: Pagefind’s entry, code and WebAssembly, chart pictures, icons', () => {
    for (const path of [
      'pagefind/pagefind-entry.json?ts=1764432000000',
      'pagefind/pagefind.js',
      'pagefind/wasm.unknown.pagefind',
      'du-lieu/tien-do/lao-cai-03-kh-ccb/ii-2-5/ty-le.svg',
      'manifest.webmanifest',
    ])
      expect(routeRequest(get(`https://ccb.example.vn/${path}`), root), path).toBe('file');
  });

  it('never touches /admin/, the worker itself, other sites, other sub-paths, writes or partial requests', () => {
    const passed = [
      routeRequest(get('https://ccb.example.vn/admin/', 'navigate'), root),
      routeRequest(get('https://ccb.example.vn/admin'), root),
      routeRequest(get('https://ccb.example.vn/admin/config.yml'), root),
      routeRequest(get('https://hoi-ccb.github.io/ccb/admin/', 'navigate'), sub),
      routeRequest(get('https://ccb.example.vn/sw.js'), root),
      routeRequest(get('https://api.github.com/repos/hoi-ccb/trang-web'), root),
      routeRequest(get('https://cdn.example.com/_astro/x.css'), root),
      routeRequest(get('https://hoi-ccb.github.io/khac/', 'navigate'), sub),
      routeRequest(
        { url: 'https://ccb.example.vn/ke-hoach/', method: 'POST', mode: 'navigate' },
        root,
      ),
      routeRequest({ ...get('https://ccb.example.vn/_astro/phim.mp4'), ranged: true }, root),
    ];
    expect(passed).toEqual(Array(passed.length).fill('pass'));
    // Only the admin folder: a page whose path merely starts with the letters is the site's.
    expect(routeRequest(get('https://ccb.example.vn/administration/', 'navigate'), root)).toBe(
      'page',
    );
  });

  it('keeps one copy per address: the query string and #fragment do not count', () => {
    expect(cacheKey('https://ccb.example.vn/tim-kiem/?q=dan+van#ket-qua')).toBe(
      'https://ccb.example.vn/tim-kiem/',
    );
    expect(cacheKey('https://ccb.example.vn/pagefind/pagefind-entry.json?ts=1')).toBe(
      cacheKey('https://ccb.example.vn/pagefind/pagefind-entry.json?ts=2'),
    );
  });

  it('tells the widths and formats of one optimised picture as one family, and nothing else', () => {
    const family = imageFamily('https://x.vn/_astro/tuan-tra.DFlwnd2t_1HRjKt.webp');
    expect(family).toBe('https://x.vn/_astro/tuan-tra.DFlwnd2t');
    expect(imageFamily('https://x.vn/_astro/tuan-tra.DFlwnd2t_Z9HXe5.jpg')).toBe(family);
    expect(imageFamily('https://x.vn/_astro/tuan-tra.DFlwnd2t_ZV0kyg.avif')).toBe(family);
    expect(imageFamily('https://x.vn/_astro/cot-moc.Ab_cDefG_Z9HXe5.jpg')).toBe(
      'https://x.vn/_astro/cot-moc.Ab_cDefG',
    );
    expect(imageFamily('https://x.vn/_astro/khac.Qw3rTy12_Z9HXe5.jpg')).not.toBe(family);
    expect(imageFamily('https://x.vn/_astro/BaseLayout.BRmEcAXi.css')).toBeUndefined();
    expect(imageFamily('https://x.vn/du-lieu/anh_1.png')).toBeUndefined();
  });
});

describe('cache names', () => {
  it('carry the base path and the build, so a new build and another site under the origin are told apart', () => {
    const name = cacheName('/ccb/', 'b1c451c358b9', 'pages');
    expect(parseCacheName(name, '/ccb/')).toEqual({ version: 'b1c451c358b9', kind: 'pages' });
    expect(parseCacheName(name, '/')).toBeUndefined();
    expect(parseCacheName(cacheName('/', 'b1c451c358b9', 'files'), '/')).toEqual({
      version: 'b1c451c358b9',
      kind: 'files',
    });
    expect(parseCacheName('workbox-precache-v2-https://x.vn/', '/')).toBeUndefined();
    expect(parseCacheName('ccb-offline / abc other', '/')).toBeUndefined();
  });
});
