import { describe, expect, it } from 'vitest';
import { checkContent, formatReport, type Problem } from '../../src/content-check/index.ts';
import { makeContentFixture } from '../support/content-fixture.ts';

const DATA = 'content/tien-do/mau/ii-1.json';
const UNITS = `- id: mau
  name: "tỉnh Mẫu"
  level: province
- id: xa-mau
  name: "xã Mẫu"
  level: commune
  parent: mau
- id: huyen-cu
  name: "huyện Cũ"
  level: district
  parent: mau
  validTo: "30/06/2025"
  successors: [mau]
`;

const point = (fields: Record<string, unknown>) => ({
  period: '2023',
  value: 96.4,
  numerator: 964,
  denominator: 1000,
  sample: true,
  source: 'Số liệu minh họa',
  ...fields,
});
const file = (points: object[], extra: Record<string, unknown> = {}) =>
  `${JSON.stringify({ series: [{ measure: 'ty-le', unit: 'mau', points, ...extra }] }, null, 2)}\n`;

function problemsFor(text: string, path = DATA): Problem[] {
  const fixture = makeContentFixture();
  fixture.write('content/don-vi.yaml', UNITS);
  fixture.write(path, text);
  return checkContent(fixture.root);
}

/** The line of the first occurrence of `needle` in the text, as an editor's editor shows it. */
const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('progress data checks', () => {
  it('accepts valid sample data, and the real content', () => {
    expect(
      problemsFor(file([point({}), point({ period: '2024', value: 97, numerator: 970 })])),
    ).toEqual([]);
    expect(checkContent(process.cwd())).toEqual([]);
  });

  it('points at the line of a rate that does not match its numerator and denominator, and gives the right value', () => {
    const text = file([point({}), point({ period: '2024', value: 97.5, numerator: 970 })]);
    const [problem, ...rest] = problemsFor(text);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      file: DATA,
      field: 'series[0].points[1].value',
      line: lineOf(text, '97.5'),
    });
    expect(problem!.message).toContain('không khớp');
    expect(problem!.fix).toContain('97');
  });

  it('rejects a rate over 100, a numerator above its denominator, and a count that is not whole', () => {
    const rates = problemsFor(
      file([
        point({ value: 140, numerator: undefined, denominator: undefined }),
        point({ period: '2024', numerator: 1200, denominator: 1000, value: 100 }),
      ]),
    );
    expect(rates.map((p) => p.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('ngoài khoảng 0–100'),
        expect.stringContaining('tử số 1200 lớn hơn mẫu số 1000'),
      ]),
    );
  });

  it('rejects an unknown target, measure or unit, suggesting the closest', () => {
    const target = problemsFor(file([point({})]), 'content/tien-do/mau/ii-2.json');
    expect(target[0]!.message).toContain('không có chỉ tiêu nào mang mã "mau/ii-2"');
    expect(target[0]!.fix).toContain('mau/ii-1');
    const measure = problemsFor(
      JSON.stringify(
        { series: [{ measure: 'ty-lee', unit: 'mau', points: [point({})] }] },
        null,
        2,
      ),
    );
    expect(measure[0]).toMatchObject({ field: 'series[0].measure', line: 4 });
    expect(measure[0]!.fix).toContain('"ty-le"');
    const unit = problemsFor(file([point({})]).replace('"unit": "mau"', '"unit": "mauu"'));
    expect(unit[0]).toMatchObject({ field: 'series[0].unit' });
    expect(unit[0]!.fix).toContain('"mau"');
  });

  it('rejects a value given to a unit that no longer existed at the end of the period', () => {
    const text = file([point({ period: '2025-H1' }), point({ period: '2025' })]).replace(
      '"unit": "mau"',
      '"unit": "huyen-cu"',
    );
    const problems = problemsFor(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('huyện Cũ');
    expect(problems[0]!.message).toContain('30/06/2025');
    expect(problems[0]!.fix).toContain('mau');
  });

  it('rejects a period outside the plan, a duplicate period and a badly written period', () => {
    const problems = problemsFor(file([point({ period: '2019' }), point({}), point({})]));
    const messages = problems.map((p) => p.message).join('\n');
    expect(messages).toContain('năm 2019 nằm ngoài thời kỳ của kế hoạch (2022–2030)');
    expect(messages).toContain('bị trùng');
    const [badPeriod] = problemsFor(file([point({ period: '2024-H3' })]));
    expect(badPeriod).toMatchObject({
      field: 'series[0].points[0].period',
      fieldLabel: 'kỳ báo cáo',
    });
    expect(badPeriod!.message).toContain('"2025-H1"');
  });

  it('never lets sample figures cite a document, nor real figures go without one', () => {
    const sample = problemsFor(
      file([point({ source: { document: '12/BC-CCB', date: '15/12/2023' } })]),
    );
    expect(sample[0]!.message).toContain('số liệu minh họa phải ghi nguồn');
    const real = problemsFor(file([point({ sample: false })]));
    expect(real[0]!.message).toContain('số liệu thật phải ghi văn bản nguồn');
    expect(
      problemsFor(
        file([point({ sample: false, source: { document: '12/BC-CCB', date: '15/12/2023' } })]),
      ),
    ).toEqual([]);
  });

  it('refuses typed-in values next to a series counted from records, and counting a rate', () => {
    const text = JSON.stringify(
      {
        series: [
          { measure: 'ty-le', derivedFrom: 'models' },
          { measure: 'ty-le', unit: 'mau', points: [point({})] },
        ],
      },
      null,
      2,
    );
    const messages = problemsFor(text).map((p) => p.message);
    expect(messages).toContain(
      'thước đo "ty-le" được đếm tự động nên không có chuỗi số liệu nhập tay nào khác',
    );
    expect(messages).toContain('chỉ đếm được từ hồ sơ cho thước đo loại số lượng (count)');
  });

  it('explains broken JSON with its line', () => {
    const text = file([point({})]).replace('"value": 96.4,', '"value": 96.4,,');
    const problems = problemsFor(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: DATA, line: lineOf(text, '96.4,,') });
    expect(problems[0]!.message).toContain('JSON');
  });

  it('reports in Vietnamese with file, line and field', () => {
    const text = file([point({ value: '96,4' })]);
    const report = formatReport(problemsFor(text));
    expect(report).toMatch(/^Nội dung có 1 lỗi trong 1 tệp\./);
    expect(report).toContain(
      `${DATA}, dòng ${lineOf(text, '"96,4"')} — trường "series[0].points[0].value" (giá trị)`,
    );
    expect(report).toContain('96.4');
  });
});
