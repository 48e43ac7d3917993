import { describe, expect, it } from 'vitest';
import { factAttributes, numberForms } from '../../src/lib/search/facts.ts';
import { orderedValues } from '../../src/lib/search/filters.ts';
import { HUB_WEIGHT, htmlForIndex, indexedText } from '../../src/lib/search/index-text.ts';
import { STROKE } from '../../src/lib/search/fold.ts';
import { partialMessage, readingMessage, resultsMessage } from '../../src/lib/search/messages.ts';

const page = (main: string) =>
  `<html lang="vi"><body><header>Điện thoại</header><main id="noi-dung" data-pagefind-body><h1>Đại hội</h1>${main}</main><footer>Địa chỉ</footer></body></html>`;

describe('text prepared for the index', () => {
  it('reads only the indexed element, without scripts, tags or entities', () => {
    expect(indexedText(page('<p>đoàn &amp; kết</p><script>var đ = 1</script>'))).toBe(
      'Đại hội đoàn & kết',
    );
  });
  it('spells đ with a mark Pagefind folds, in the text and in searched fields, not in filters', () => {
    const html = htmlForIndex(
      page(
        '<span data-pagefind-meta="context[data-value]" data-value="Đảng bộ"></span><span data-pagefind-filter="kind[data-value]" data-value="Chủ đề"></span><p>Đoàn kết</p>',
      ),
    );
    expect(html).toContain(`<h1>D${STROKE}ại hội</h1>`);
    expect(html).toContain(`<p>D${STROKE}oàn kết</p>`);
    expect(html).toContain(`data-value="D${STROKE}ảng bộ"`);
    expect(html).toContain('data-value="Chủ đề"');
  });
  it('normalises decomposed (NFD) text to NFC before indexing', () => {
    const html = htmlForIndex(page('<p>Dân vận khéo</p>').normalize('NFD'));
    expect(html).toContain('Dân vận khéo');
    expect(html).toBe(html.normalize('NFC'));
  });
  it('separates block elements so their words are not glued together', () => {
    const html = htmlForIndex(page('<dl><dt>Loại</dt><dd>số lượng</dd></dl><p>a<br>b</p>'));
    expect(html).toContain('<dt>Loại</dt>  <dd>số lượng</dd> </dl>');
    expect(html).toContain('a<br> b</p>');
    expect(indexedText(htmlForIndex(page('<a href="/x">năm 1979</a><p>Minh họa</p>')))).toContain(
      'năm 1979 Minh họa',
    );
  });
  it("adds the words of the page's kind, searched but never shown", () => {
    const html = htmlForIndex(
      page('<span data-pagefind-meta="kind[data-value]" data-value="Câu chuyện"></span><p>x</p>'),
    );
    expect(html).toContain('<span hidden data-pagefind-meta="alias:câu chuyện chuyện kể"></span>');
  });
  it('adds no field to a page with no kind and no abbreviation', () => {
    expect(htmlForIndex(page('<p>Dân vận</p>'))).not.toContain('alias');
  });
  it('indexes a hub page by its own words, weighing less: the pages it links to are left out', () => {
    const html = htmlForIndex(
      page(
        '<span data-pagefind-meta="kind[data-value]" data-value="Danh sách"></span><p>Mọi mô hình.</p><ul><li class="a"> <a href="/mo-hinh/x/">Mô hình X</a></li></ul><ol><li><strong>Đọc trước.</strong> Thầy cô đọc</li></ol><table><tr><td>3</td></tr></table>',
      ),
    );
    expect(html).toContain(`data-pagefind-body data-pagefind-weight="${HUB_WEIGHT}"`);
    expect(html).toContain('<li class="a" data-pagefind-ignore> <a href="/mo-hinh/x/">');
    expect(html).toContain('<li><strong>');
    expect(html).toContain('<table data-pagefind-ignore>');
  });
  it('hands Pagefind an inline drawing without its shapes, and one with words whole', () => {
    const html = htmlForIndex(
      page(
        '<p>Tỷ lệ</p><svg viewBox="0 0 9 9" aria-hidden="true"><defs><path id="g0" d="m7 0l-6 0z"/></defs><use href="#g0"/></svg><p>năm</p><svg viewBox="0 0 9 9"><title>Số liệu</title><path d="m1 1z"/></svg>',
      ),
    );
    expect(html).toContain('<svg viewBox="0 0 9 9" aria-hidden="true"></svg>');
    expect(html).not.toContain('m7 0l-6 0z');
    expect(html).toContain('<svg viewBox="0 0 9 9"><title>Số liệu</title><path d="m1 1z"/></svg>');
    expect(indexedText(html)).toContain('Tỷ lệ năm Số liệu');
  });
  it('leaves records whole and at full weight', () => {
    const html = htmlForIndex(
      page(
        '<span data-pagefind-meta="kind[data-value]" data-value="Mô hình"></span><ul><li><a href="/x/">X</a></li></ul>',
      ),
    );
    expect(html).not.toContain('data-pagefind-weight');
    expect(html).not.toContain('data-pagefind-ignore');
  });
});

describe('facts a page gives the index', () => {
  it('turns a section number into the forms people type', () => {
    expect(numberForms('II.2.4')).toEqual(['II.2.4', '2.4']);
    expect(numberForms('III.1')).toEqual(['III.1']);
    expect(numberForms('217-QĐ/TW')).toEqual(['217-QĐ/TW']);
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
    expect(partialMessage(0, 4, 'a b c')).toBe(
      'Không trang nào có đủ các từ “a b c”; dưới đây là 4 kết quả có phần lớn các từ.',
    );
  });
  it('says how the query was read: abbreviations, slips, words no page uses', () => {
    expect(
      readingMessage({
        expanded: [{ short: 'DVK', long: 'dân vận khéo' }],
        corrected: [{ typed: 'dsng', read: 'dang' }],
        dropped: ['xqz', 'qqq'],
      }),
    ).toBe(
      'Tìm DVK là “dân vận khéo”. Không trang nào có từ “dsng”, đã tìm “dang”. Bỏ qua “xqz”, “qqq”: không trang nào có từ này.',
    );
    expect(readingMessage({ expanded: [], corrected: [], dropped: [] })).toBe('');
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
