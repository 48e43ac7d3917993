import { describe, expect, it } from 'vitest';
import { readableText, statedNumber } from '../../src/content-check/target-checks.ts';
import {
  problemsAfter,
  VALID_PLAN,
  VALID_PROGRESS,
  VALID_PUBLISHED,
  VALID_SITE,
  VALID_TARGET,
} from '../support/content-fixture.ts';

const PLAN = 'content/ke-hoach/mau.mdx';
const TARGET = 'content/chi-tieu/mau/ii-1.mdx';
const TRACKED = 'content/chi-tieu/mau/theo-doi.mdx';
const PROGRESS = 'content/tien-do/mau/ii-1.json';

/** An aim the editors track from the fixture's task II.1 ("Các cấp Hội làm việc mẫu."). */
const TRACKED_AIM = VALID_TARGET.replace(
  'number: "I.1"',
  'kind: tracked\ntextFrom: mau/ii-1',
).replace(/---\n\n[\s\S]*$/, '---\n');

describe('what the documents call a target', () => {
  it('accepts a tracked aim kept apart from the targets', () => {
    expect(problemsAfter({ [TRACKED]: TRACKED_AIM })).toEqual([]);
  });

  it('refuses a section number the document does not print, pointing to a tracked aim instead', () => {
    const problems = problemsAfter({
      [TARGET]: VALID_TARGET.replace('number: "I.1"', 'number: "I.1.a"'),
    });
    expect(problems.map((p) => [p.file, p.field])).toContainEqual([TARGET, 'number']);
    const printed = problems.find((p) => p.message.includes('không bắt đầu bằng số'))!;
    expect(printed.message).toContain('văn bản không đánh số này cho chỉ tiêu');
    expect(printed.fix).toContain('kind: tracked');
  });

  it('refuses a tracked aim with a number, or without the task it comes from', () => {
    const numbered = problemsAfter({
      [TRACKED]: TRACKED_AIM.replace('kind: tracked', 'kind: tracked\nnumber: "II.1.a"'),
    });
    expect(numbered.map((p) => p.field)).toEqual(['number']);
    expect(numbered[0]!.message).toContain('không có số mục');
    const orphan = problemsAfter({ [TRACKED]: TRACKED_AIM.replace('textFrom: mau/ii-1\n', '') });
    expect(orphan.map((p) => p.field)).toEqual(['textFrom']);
  });

  it('refuses a tracked aim placed in the plan’s text as if the document stated it', () => {
    const problems = problemsAfter({
      [TRACKED]: TRACKED_AIM,
      [PLAN]: VALID_PLAN.replace(
        '<Target id="mau/ii-1" />',
        '<Target id="mau/ii-1" />\n\n<Target id="mau/theo-doi" />',
      ),
    });
    expect(problems.map((p) => p.message)).toContainEqual(
      expect.stringContaining('là việc theo dõi do ban biên tập đặt ra, không phải chỉ tiêu'),
    );
  });
});

describe('milestones in the text’s own words', () => {
  const withWording = (wording: string, comparator = '>=', value = 96) =>
    VALID_TARGET.replace(
      '- { comparator: ">=", value: 96, from: 2022, to: 2025, mode: maintain }',
      `- { comparator: "${comparator}", value: ${value}, from: 2022, to: 2025, wording: "${wording}", mode: maintain }`,
    );

  it('accepts words found in the target’s text, with its number and comparison', () => {
    expect(problemsAfter({ [TARGET]: withWording('96% trở lên') })).toEqual([]);
  });

  it('refuses words the text does not have, a number it does not say, "trên" with "trở lên"', () => {
    expect(problemsAfter({ [TARGET]: withWording('từ 96 % trở lên') })[0]!.message).toBe(
      'không tìm thấy "từ 96 % trở lên" trong nguyên văn',
    );
    expect(
      problemsAfter({ [TARGET]: withWording('96% trở lên', '>=', 95) }).map((p) => p.message),
    ).toEqual(['nguyên văn mốc "96% trở lên" không nói số 95 của "value"']);
    expect(
      problemsAfter({ [TARGET]: withWording('96% trở lên', '>') }).map((p) => p.field),
    ).toEqual(['measures[0].milestones[0].wording']);
  });

  it('reads the text as a reader does, and the number a wording states', () => {
    expect(readableText('2\\. Tỷ lệ<EditorNote>ghi chú</EditorNote>  đạt\n96%.')).toBe(
      '2. Tỷ lệ đạt 96%.',
    );
    expect(statedNumber('ít nhất 01 việc làm mới')).toBe(1);
    expect(statedNumber('trên 75%')).toBe(75);
    expect(statedNumber('chương trình')).toBeUndefined();
  });
});

describe('one rule for when tracking starts', () => {
  it('asks every first milestone to start in the year the plan was issued', () => {
    const late = problemsAfter({ [TARGET]: VALID_TARGET.replace('from: 2022', 'from: 2023') });
    expect(late.map((p) => [p.field, p.message])).toEqual([
      [
        'measures[0].milestones[0].from',
        'mốc đầu tiên của "ty-le" bắt đầu năm 2023, trong khi kế hoạch ban hành năm 2022',
      ],
    ]);
    expect(late[0]!.fix).toContain('from: 2022');
  });

  it("asks the plan's years followed to start in its year of issue", () => {
    const problems = problemsAfter({ [PLAN]: VALID_PLAN.replace('from: 2022,', 'from: 2023,') });
    expect(problems.map((p) => p.field)).toContain('period.from');
  });
});

describe('a plan whose province changed on 01/07/2025', () => {
  const merged =
    '- id: mau\n  name: "tỉnh Mẫu"\n  level: province\n- id: mau-cu\n  name: "tỉnh Mẫu"\n  level: province\n  validTo: "30/06/2025"\n  successors: [mau]\n- id: xa-mau\n  name: "xã Mẫu"\n  level: commune\n  parent: mau\n';

  it('says how the site reads it afterwards, as the editors’ assumption', () => {
    const problems = problemsAfter({ 'content/don-vi.yaml': merged });
    expect(problems.map((p) => [p.file, p.field])).toEqual([[PLAN, 'afterReorganisation']]);
    expect(
      problemsAfter({
        'content/don-vi.yaml': merged,
        [PLAN]: VALID_PLAN.replace(
          'summary:',
          'afterReorganisation: "Giả định: kế hoạch vẫn áp dụng cho tỉnh mới."\nsummary:',
        ),
      }),
    ).toEqual([]);
  });
});

describe('figures of a period not yet over', () => {
  it('must be estimates on the day figures are current to', () => {
    const progress = VALID_PROGRESS.replace('"period": "2023"', '"period": "2026"');
    const asOf = (date: string) =>
      problemsAfter({
        [PROGRESS]: progress,
        'content/trang-web.yaml': VALID_SITE.replace('"20/11/2026"', `"${date}"`),
      });
    // 2026 is not over on 20/11/2026, so its figure can only be an estimate.
    const problems = asOf('20/11/2026');
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      [PROGRESS, 'series[0].points[0].estimate'],
    ]);
    expect(problems[0]!.message).toContain('chưa kết thúc vào ngày chốt số liệu 20/11/2026');
    expect(asOf('31/12/2026')).toEqual([]);
    expect(
      problemsAfter({
        [PROGRESS]: progress.replace(
          '"sample": true',
          '"estimate": true,\n            "sample": true',
        ),
      }),
    ).toEqual([]);
  });
});

describe('published figures', () => {
  it('need a publisher and an address, and inform only targets of their province', () => {
    const withoutUrl = problemsAfter({
      'content/so-lieu-cong-bo.yaml': VALID_PUBLISHED.replace(
        '    url: "https://bao.example.vn/bai-mau.html"\n',
        '',
      ),
    });
    expect(withoutUrl.map((p) => p.field)).toEqual(['source.url']);
    const withoutPublisher = problemsAfter({
      'content/so-lieu-cong-bo.yaml': VALID_PUBLISHED.replace('    publisher: "Báo Mẫu"\n', ''),
    });
    expect(withoutPublisher.map((p) => p.field)).toEqual(['source.publisher']);
    const http = problemsAfter({
      'content/so-lieu-cong-bo.yaml': VALID_PUBLISHED.replace('https://', 'http://'),
    });
    expect(http.map((p) => p.field)).toEqual(['source.url']);
    const elsewhere = problemsAfter({
      'content/don-vi.yaml':
        '- id: mau\n  name: "tỉnh Mẫu"\n  level: province\n- id: khac\n  name: "tỉnh Khác"\n  level: province\n- id: xa-mau\n  name: "xã Mẫu"\n  level: commune\n  parent: mau\n',
      'content/so-lieu-cong-bo.yaml': VALID_PUBLISHED.replace('place: mau', 'place: khac'),
    });
    expect(elsewhere.map((p) => [p.field, p.message])).toEqual([
      ['informs[0]', 'con số nói về "khac", không thuộc tỉnh của kế hoạch có chỉ tiêu "mau/ii-1"'],
    ]);
  });
});
