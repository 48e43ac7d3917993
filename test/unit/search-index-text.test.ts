import { describe, expect, it } from 'vitest';
import { factAttributes, numberForms } from '../../src/lib/search/facts.ts';
import { foldedDWords, htmlForIndex, indexedText } from '../../src/lib/search/index-text.ts';
import { orderedValues, partialMessage, resultsMessage } from '../../src/lib/search/messages.ts';

const page = (main: string) =>
  `<html lang="vi"><body><header>Điện thoại</header><main id="noi-dung" data-pagefind-body><h1>Đại hội</h1>${main}</main><footer>Địa chỉ</footer></body></html>`;

describe('text prepared for the index', () => {
  it('reads only the indexed element, without scripts, tags or entities', () => {
    expect(indexedText(page('<p>đoàn &amp; kết</p><script>var đ = 1</script>'))).toBe(
      'Đại hội đoàn & kết',
    );
  });
  it('collects each word holding đ once, folded to d and lower-cased', () => {
    expect(foldedDWords('Đại hội đại biểu, Đảng; “đoàn kết”, 217-QĐ/TW')).toBe(
      'dai dang doan 217-qd/tw',
    );
  });
  it('never lets a comma split the meta attribute', () => {
    expect(foldedDWords('đi,đến')).toBe('di den');
  });
  it('adds the folded-đ field inside the indexed element only, from its own words', () => {
    const html = htmlForIndex(page('<p>Đoàn kết</p>'));
    expect(html).toContain(
      '<main id="noi-dung" data-pagefind-body><span hidden data-pagefind-meta="dfold:dai doan"></span>',
    );
    expect(html).not.toContain('dien');
  });
  it('normalises decomposed (NFD) text to NFC before indexing', () => {
    const html = htmlForIndex(page('<p>Dân vận khéo</p>').normalize('NFD'));
    expect(html).toContain('Dân vận khéo');
    expect(html).toBe(html.normalize('NFC'));
  });
  it('separates block elements so their words are not glued together', () => {
    const html = htmlForIndex(page('<dl><dt>Loại</dt><dd>số lượng</dd></dl><p>a<br>b</p>'));
    expect(html).toContain('<dt>Loại</dt> <dd>số lượng</dd> </dl>');
    expect(html).toContain('a<br> b</p>');
  });
  it('adds no meta field to a page with nothing to fold', () => {
    expect(htmlForIndex(page('<p>Dân vận</p>').replace(/Đ\S*/g, ''))).not.toContain('dfold');
  });
});

describe('facts a page gives the index', () => {
  it('turns a section number into the forms people type', () => {
    expect(numberForms('II.2.4')).toEqual(['II.2.4', '2.4']);
    expect(numberForms('III.1')).toEqual(['III.1']);
    expect(numberForms('217-QĐ/TW')).toEqual(['217-QĐ/TW', '217-QD/TW']);
  });
  it('gives one filter per value and meta for kind, context and numbers, values kept out of the attribute', () => {
    expect(
      factAttributes({
        kind: 'Chỉ tiêu',
        context: 'Kế hoạch số 03/KH-CCB, mục II.2.4',
        province: 'tỉnh Lào Cai',
        year: 2022,
        numbers: ['II.2.4'],
      }),
    ).toEqual([
      { attribute: 'data-pagefind-filter', key: 'kind[data-value]', value: 'Chỉ tiêu' },
      { attribute: 'data-pagefind-filter', key: 'province[data-value]', value: 'tỉnh Lào Cai' },
      { attribute: 'data-pagefind-filter', key: 'year[data-value]', value: '2022' },
      { attribute: 'data-pagefind-meta', key: 'kind[data-value]', value: 'Chỉ tiêu' },
      {
        attribute: 'data-pagefind-meta',
        key: 'context[data-value]',
        value: 'Kế hoạch số 03/KH-CCB, mục II.2.4',
      },
      { attribute: 'data-pagefind-meta', key: 'numbers[data-value]', value: 'II.2.4 2.4' },
    ]);
  });
  it('marks sample content so its results can say so', () => {
    expect(factAttributes({ kind: 'Mô hình', sample: true }).at(-1)).toEqual({
      attribute: 'data-pagefind-meta',
      key: 'sample[data-value]',
      value: 'Nội dung minh họa',
    });
    expect(
      factAttributes({ kind: 'Mô hình', sample: false }).some((f) => f.key.startsWith('sample')),
    ).toBe(false);
  });
  it('carries field and age band for the page types that have them', () => {
    const facts = factAttributes({ kind: 'Câu chuyện', age: ['THCS', 'THPT'], field: 'Kinh tế' });
    expect(
      facts.filter((f) => f.attribute === 'data-pagefind-filter').map((f) => `${f.key}=${f.value}`),
    ).toEqual([
      'kind[data-value]=Câu chuyện',
      'field[data-value]=Kinh tế',
      'age[data-value]=THCS',
      'age[data-value]=THPT',
    ]);
  });
});

describe('what the search page says', () => {
  it('announces the count in Vietnamese, with the number formatted the Vietnamese way', () => {
    expect(resultsMessage(1234, 'dan', 10)).toBe('Tìm thấy 1.234 kết quả cho “dan”, đang hiện 10.');
    expect(resultsMessage(3, 'dan', 3)).toBe('Tìm thấy 3 kết quả cho “dan”.');
    expect(resultsMessage(0, 'xyz', 0)).toMatch(/^Không tìm thấy kết quả nào cho “xyz”/);
  });
  it('says when pages holding only part of the words follow the full matches', () => {
    expect(partialMessage(1, 12, 'dai hoi dai bieu')).toBe(
      'Tìm thấy 1 kết quả có đủ các từ “dai hoi dai bieu”, tiếp theo là 12 kết quả có một phần các từ.',
    );
  });
  it('lists kinds in the site order and years newest first', () => {
    expect(orderedValues('kind', ['Chủ đề', 'Mới', 'Kế hoạch', 'Chỉ tiêu'])).toEqual([
      'Kế hoạch',
      'Chỉ tiêu',
      'Chủ đề',
      'Mới',
    ]);
    expect(orderedValues('year', ['2022', '2025'])).toEqual(['2025', '2022']);
  });
});
