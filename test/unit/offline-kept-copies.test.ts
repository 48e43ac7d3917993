import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildVersion } from '../../src/lib/offline/build-version.ts';
import {
  escapeHtml,
  formatSets,
  keysOverCap,
  MAX_SAVED_PAGES,
  MAX_VISITED_FILES,
  MAX_VISITED_PAGES,
  pageTitle,
  parseSets,
  saveWouldPassCap,
  type KeptEntry,
} from '../../src/lib/offline/kept-copies.ts';
import { describeReply } from '../../src/lib/offline/save-messages.ts';

const entry = (key: string, savedAt: string, sets: string[] = []): KeptEntry => ({
  key,
  savedAt,
  sets,
});
const PLAN = '/ngoai-tuyen/ke-hoach/lao-cai-03-kh-ccb.json';
const THCS = '/ngoai-tuyen/giao-vien/thcs.json';

describe('the cap on kept copies', () => {
  it('drops the oldest pages kept while reading, never those of a saved set', () => {
    const entries = [
      entry('/a/', '2026-11-01T08:00:00.000Z'),
      entry('/b/', '2026-11-03T08:00:00.000Z'),
      entry('/c/', '2026-10-01T08:00:00.000Z', [PLAN]),
      entry('/d/', '2026-11-02T08:00:00.000Z'),
    ];
    expect(keysOverCap(entries, 2)).toEqual(['/a/']);
    expect(keysOverCap(entries, 1)).toEqual(['/d/', '/a/']);
    expect(keysOverCap(entries, 3)).toEqual([]);
  });

  it('refuses a save that would put more pages in saved sets than the cap, counting pages shared by sets once', () => {
    const held = Array.from({ length: MAX_SAVED_PAGES - 2 }, (_, i) =>
      entry(`/cau-chuyen/${i}/`, '2026-11-01T08:00:00.000Z', [THCS]),
    );
    expect(saveWouldPassCap(held, PLAN, ['/ke-hoach/x/', '/nhiem-vu/x/1/'])).toBe(false);
    expect(saveWouldPassCap(held, PLAN, ['/ke-hoach/x/', '/nhiem-vu/x/1/', '/nhiem-vu/x/2/'])).toBe(
      true,
    );
    // Saving a set again replaces its own pages; a page the other set holds is not counted twice.
    expect(
      saveWouldPassCap(
        held,
        THCS,
        held.map((e) => e.key),
      ),
    ).toBe(false);
    expect(saveWouldPassCap(held, PLAN, ['/cau-chuyen/0/', '/ke-hoach/x/', '/nhiem-vu/x/1/'])).toBe(
      false,
    );
  });

  it('reads and writes the sets holding a copy, each once', () => {
    const sets = parseSets(formatSets([THCS, PLAN, THCS]));
    expect(sets).toHaveLength(2);
    expect(new Set(sets)).toEqual(new Set([PLAN, THCS]));
    expect(parseSets(null)).toEqual([]);
    expect(parseSets('')).toEqual([]);
  });
});

describe('page titles in the list of saved pages', () => {
  const site = 'Cựu chiến binh biên giới phía Bắc';
  it('drop the site name the page title ends with, and read HTML entities', () => {
    expect(pageTitle(`<title>Kế hoạch số 03/KH-CCB – ${site}</title>`, site)).toBe(
      'Kế hoạch số 03/KH-CCB',
    );
    expect(pageTitle(`<title>Hỏi &amp; đáp &quot;CCB&quot; – ${site}</title>`, site)).toBe(
      'Hỏi & đáp "CCB"',
    );
    expect(pageTitle(`<title>${site}</title>`, site)).toBe(site);
    expect(pageTitle('<p>không có tiêu đề</p>', site)).toBe('');
  });

  it('are escaped before they go into the page', () => {
    expect(escapeHtml('<img src=x onerror="a()"> & \'b\'')).toBe(
      '&lt;img src=x onerror=&quot;a()&quot;&gt; &amp; &#39;b&#39;',
    );
  });
});

describe('the build version', () => {
  const files = [
    { path: 'index.html', bytes: Buffer.from('<h1>Trang chủ</h1>') },
    { path: '_astro/a.css', bytes: Buffer.from('h1{color:red}') },
  ];
  it('is the same for the same files in any order, and changes with any byte or name', () => {
    const version = buildVersion(files);
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    expect(buildVersion([...files].reverse())).toBe(version);
    expect(
      buildVersion([files[0]!, { path: '_astro/a.css', bytes: Buffer.from('h1{color:blue}') }]),
    ).not.toBe(version);
    expect(buildVersion([files[0]!, { path: '_astro/b.css', bytes: files[1]!.bytes }])).not.toBe(
      version,
    );
  });
  it('reads files given as functions one at a time, to the same version', () => {
    const read: string[] = [];
    const lazy = files.map(({ path, bytes }) => ({
      path,
      bytes: () => {
        read.push(path);
        return bytes;
      },
    }));
    expect(buildVersion(lazy)).toBe(buildVersion(files));
    expect(read).toEqual(['_astro/a.css', 'index.html']);
  });
});

describe('what the save control says', () => {
  it('counts the saved pages, and says what is still missing', () => {
    expect(describeReply({ type: 'saved', pages: 27, failed: 0, date: '30/11/2026' })).toEqual({
      message: 'Đã lưu 27 trang.',
      saved: true,
    });
    expect(describeReply({ type: 'saved', pages: 25, failed: 2, date: '30/11/2026' }).message).toBe(
      'Đã lưu 25 trang. Còn 2 trang hoặc tệp chưa lưu được; hãy bấm lưu lại khi có mạng.',
    );
  });

  it('says when an earlier save was made, and offers removal only when something is saved', () => {
    expect(describeReply({ type: 'status', pages: 18, date: '29/11/2026' })).toEqual({
      message: 'Đã lưu 18 trang ngày 29/11/2026.',
      saved: true,
    });
    expect(describeReply({ type: 'status', pages: 0 })).toEqual({ message: '', saved: false });
    expect(describeReply({ type: 'removed' })).toEqual({
      message: 'Đã xóa bản đã lưu.',
      saved: false,
    });
  });

  it('explains a refused or failed save in Vietnamese', () => {
    expect(describeReply({ type: 'full', max: 400 }).message).toContain('tối đa 400 trang');
    expect(describeReply({ type: 'error' }).message).toBe(
      'Không lưu được. Hãy kiểm tra mạng rồi thử lại.',
    );
  });
});

describe('the README', () => {
  it('states the caps the worker applies', () => {
    const readme = readFileSync('README.md', 'utf8');
    const forReaders = readme.slice(readme.indexOf('## Đọc khi không có mạng'));
    expect(forReaders).toContain(`giữ ${MAX_VISITED_PAGES} trang mở gần nhất`);
    expect(forReaders).toContain(`tối đa ${MAX_VISITED_FILES} tệp khác`);
    expect(forReaders).toContain(`tối đa ${MAX_SAVED_PAGES} trang cho`);
    const forDevelopers = readme.slice(readme.indexOf('### Offline reading'));
    expect(forDevelopers).toContain(
      `${MAX_VISITED_PAGES} pages kept while reading and ${MAX_VISITED_FILES} other files`,
    );
    expect(forDevelopers).toContain(`at most ${MAX_SAVED_PAGES} pages`);
  });
});
