import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { listSavedPages, showSavedCopyNotice } from '../../src/lib/offline/page-rewrites.ts';
import { filesOfPage, scriptImports } from '../../src/lib/offline/page-files.ts';

// The markup SavedCopyNotice.astro and ngoai-tuyen/index.astro build to (test/site/offline.test.ts
// checks every built page against these rewrites).
const PAGE = `<main id="noi-dung"><p class="saved-copy-notice my-2" data-saved-copy hidden></p><h1>Kế hoạch</h1></main>`;
const OFFLINE_PAGE = `<main><h1>Đọc khi không có mạng</h1>
<p class="border-2 p-3" data-offline-missed hidden>
Máy đang không có mạng, và trang <span data-missed-url></span> chưa được lưu trên máy này.</p>
<h2>Các trang đã lưu trên máy này</h2>
<div data-saved-pages> <p>Danh sách chỉ hiện khi trình duyệt lưu được trang.</p> </div>
<h2>Trang nào được lưu</h2></main>`;

describe('a page served from the copy kept on the device', () => {
  it('shows "Bản đã lưu ngày dd/mm/yyyy", the date in Vietnam’s time', () => {
    const { document } = parseHTML(showSavedCopyNotice(PAGE, '2026-11-29T18:30:00.000Z'));
    const notice = document.querySelector('[data-saved-copy]')!;
    expect(notice.hasAttribute('hidden')).toBe(false);
    expect(notice.textContent).toBe(
      'Bản đã lưu ngày 30/11/2026 trên máy này (đang không có mạng hoặc mạng quá chậm).',
    );
    expect(notice.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-30');
    expect(notice.getAttribute('class')).toBe('saved-copy-notice my-2');
  });

  it('is left as it is when it has no notice to show', () => {
    const html = '<main><h1>Trang khác</h1></main>';
    expect(showSavedCopyNotice(html, '2026-11-29T08:00:00.000Z')).toBe(html);
  });
});

describe('the offline page', () => {
  const pages = [
    {
      url: 'https://x.vn/ke-hoach/a/',
      title: 'Kế hoạch số 03/KH-CCB',
      savedAt: '2026-11-28T02:00:00.000Z',
    },
    {
      url: 'https://x.vn/cau-chuyen/b/',
      title: 'Cột mốc <và> lớp học',
      savedAt: '2026-11-29T02:00:00.000Z',
    },
  ];

  it('lists the kept pages, newest first, with their dates, titles escaped', () => {
    const { document } = parseHTML(listSavedPages(OFFLINE_PAGE, pages));
    const items = [...document.querySelectorAll('[data-saved-pages] li')].map((li) =>
      li.textContent?.trim(),
    );
    expect(items).toEqual([
      'Cột mốc <và> lớp học (lưu ngày 29/11/2026)',
      'Kế hoạch số 03/KH-CCB (lưu ngày 28/11/2026)',
    ]);
    expect(document.querySelector('[data-saved-pages] a')?.getAttribute('href')).toBe(
      'https://x.vn/cau-chuyen/b/',
    );
    expect(document.querySelector('[data-saved-pages] p')?.textContent).toBe(
      'Có 2 trang đã lưu trên máy này, mới nhất trước:',
    );
    expect(document.querySelector('[data-offline-missed]')?.hasAttribute('hidden')).toBe(true);
    expect(document.querySelectorAll('h2')).toHaveLength(2);
  });

  it('says so when nothing is kept, and names the page that could not be opened', () => {
    const { document } = parseHTML(
      listSavedPages(OFFLINE_PAGE, [], 'https://x.vn/nhiem-vu/lao-cai-03-kh-ccb/iii-1/?q=%3Cb%3E'),
    );
    expect(document.querySelector('[data-saved-pages]')?.textContent).toBe(
      'Chưa có trang nào được lưu trên máy này.',
    );
    const missed = document.querySelector('[data-offline-missed]')!;
    expect(missed.hasAttribute('hidden')).toBe(false);
    expect(missed.querySelector('[data-missed-url]')?.textContent).toBe(
      '/nhiem-vu/lao-cai-03-kh-ccb/iii-1/',
    );
  });

  it('shows a page address with Vietnamese letters as letters', () => {
    const { document } = parseHTML(
      listSavedPages(OFFLINE_PAGE, [], 'https://x.vn/t%C3%ACm/%E0%A4%A'),
    );
    expect(document.querySelector('[data-missed-url]')?.textContent).toBe('/t%C3%ACm/%E0%A4%A');
    const readable = parseHTML(listSavedPages(OFFLINE_PAGE, [], 'https://x.vn/t%C3%ACm/')).document;
    expect(readable.querySelector('[data-missed-url]')?.textContent).toBe('/tìm/');
  });
});

describe('the files a built page loads', () => {
  it('are its stylesheets, icons, scripts, pictures and what its inline scripts import', () => {
    const html = `<head><link rel="stylesheet" href="/_astro/a.css"><link rel="canonical" href="https://x.vn/a/">
<link rel="icon" href="/favicon.svg" type="image/svg+xml"><link rel="modulepreload" href="/_astro/m.js"></head>
<body><picture><source srcset="/_astro/p.Ab12Cd34_1.avif 320w" type="image/avif"><img src="/_astro/p.Ab12Cd34_2.jpg" alt=""></picture>
<img src="/du-lieu/tien-do/x/y.svg?v=1&amp;w=2" alt="">
<script type="module" src="/_astro/chart.js"></script>
<script type="module">import"./_astro/inline-dep.js";const a=()=>import(\`/_astro/lazy.js\`)</script></body>`;
    expect(filesOfPage(html).sort()).toEqual(
      [
        '/_astro/a.css',
        '/favicon.svg',
        '/_astro/m.js',
        '/_astro/p.Ab12Cd34_2.jpg',
        '/du-lieu/tien-do/x/y.svg?v=1&w=2',
        '/_astro/chart.js',
        './_astro/inline-dep.js',
        '/_astro/lazy.js',
      ].sort(),
    );
  });

  it('include modules a script imports, statically or on demand, but no bare package names', () => {
    const code =
      'import{t as e}from"./preload-helper.Dy.js";export*from\'./re.js\';let{draw:n}=await e(async()=>{let{draw:e}=await import(`./interactive.Dk.js`);return{draw:e}},[]);import("chart.js")';
    expect(scriptImports(code).sort()).toEqual(
      ['./preload-helper.Dy.js', './re.js', './interactive.Dk.js'].sort(),
    );
  });
});
