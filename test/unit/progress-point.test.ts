import { describe, expect, it } from 'vitest';
import {
  insertProgressPoint,
  newProgressFile,
  pointSkeleton,
  POINT_FIELDS_HELP,
} from '../../src/scaffold/progress-point.ts';
import { TODO_MARK } from '../../src/lib/placeholders.ts';

/** A file as editors keep it, including a number written "100.0" that JSON.stringify would rewrite. */
const FILE = `{
  "series": [
    {
      "measure": "ty-le",
      "unit": "tinh-cu",
      "points": [
        { "period": "2023", "value": 100.0, "sample": true, "source": "Số liệu minh họa" }
      ]
    },
    {
      "measure": "ty-le",
      "unit": "tinh",
      "points": [
        {
          "period": "2024",
          "value": 96.4,
          "sample": true,
          "source": "Số liệu minh họa"
        },
        {
          "period": "2026",
          "value": 97.1,
          "sample": true,
          "source": "Số liệu minh họa"
        }
      ]
    },
    {
      "measure": "so-mo-hinh",
      "derivedFrom": "models"
    }
  ]
}
`;

type Point = { period: string; value: unknown };
type Data = { series: { measure: string; unit?: string; points?: Point[] }[] };
const parse = (text: string) => JSON.parse(text) as Data;
/** The text without the block of lines of the point of `period`, from its "{" line to its "}," line. */
const withoutPoint = (text: string, period: string) => {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.includes(`"period": "${period}"`)) - 1;
  const end = lines.findIndex(
    (line, i) => i > start && line === `${lines[start]!.replace('{', '')}},`,
  );
  return [...lines.slice(0, start), ...lines.slice(end + 1)].join('\n');
};

describe('adding a progress point to a JSON file', () => {
  it('goes into the series of its measure and unit, in period order, leaving every other line as it was', () => {
    const text = insertProgressPoint(FILE, {
      measure: 'ty-le',
      unit: 'tinh',
      kind: 'rate',
      period: '2025',
    });
    const series = parse(text).series[1]!;
    expect(series.points!.map((p) => p.period)).toEqual(['2024', '2025', '2026']);
    expect(text).toContain('"value": 100.0,');
    expect(text.endsWith('}\n')).toBe(true);
    // As Git shows it: one block of added lines, nothing else changed.
    expect(withoutPoint(text, '2025')).toBe(FILE);
  });

  it('a period later than all, or earlier than all, goes last or first', () => {
    expect(
      parse(
        insertProgressPoint(FILE, {
          measure: 'ty-le',
          unit: 'tinh',
          kind: 'rate',
          period: '2027-H1',
        }),
      ).series[1]!.points!.map((p) => p.period),
    ).toEqual(['2024', '2026', '2027-H1']);
    expect(
      parse(
        insertProgressPoint(FILE, {
          measure: 'ty-le',
          unit: 'tinh-cu',
          kind: 'rate',
          period: '2022',
        }),
      ).series[0]!.points!.map((p) => p.period),
    ).toEqual(['2022', '2023']);
  });

  it('a unit with no figures yet gets its own series after the measure’s other series', () => {
    const data = parse(
      insertProgressPoint(FILE, { measure: 'ty-le', unit: 'xa-moi', kind: 'rate', period: '2026' }),
    );
    expect(data.series.map((s) => `${s.measure}/${s.unit ?? ''}`)).toEqual([
      'ty-le/tinh-cu',
      'ty-le/tinh',
      'ty-le/xa-moi',
      'so-mo-hinh/',
    ]);
    expect(data.series[2]!.points).toEqual([pointSkeleton('rate', '2026')]);
  });

  it('a target without figures gets a new file: one series, one point, 2-space JSON ending in a newline', () => {
    const text = newProgressFile({
      measure: 'so-luong',
      unit: 'tinh',
      kind: 'count',
      period: '2026-H1',
    });
    expect(parse(text)).toEqual({
      series: [{ measure: 'so-luong', unit: 'tinh', points: [pointSkeleton('count', '2026-H1')] }],
    });
    expect(text).toMatch(/^\{\n {2}"series": \[\n {4}\{\n/);
    expect(text.endsWith(']\n}\n')).toBe(true);
  });

  it('refuses to touch a file that is not valid JSON', () => {
    expect(() =>
      insertProgressPoint(FILE.replace('"2024",', '"2024"'), {
        measure: 'ty-le',
        unit: 'tinh',
        kind: 'rate',
        period: '2025',
      }),
    ).toThrow();
  });
});

describe('the skeleton of a point', () => {
  it('is a real, official figure whose value and source are still to be written', () => {
    const rate = pointSkeleton('rate', '2026');
    expect(rate).toMatchObject({ period: '2026', sample: false, estimate: false });
    for (const key of ['value', 'numerator', 'denominator'] as const)
      expect(rate[key]).toContain(TODO_MARK);
    expect(Object.values(rate.source as object).every((v: string) => v.startsWith(TODO_MARK))).toBe(
      true,
    );
  });

  it('has no numerator or denominator for a count', () => {
    expect(Object.keys(pointSkeleton('count', '2026'))).not.toContain('numerator');
  });

  it('every field is explained in the printed help', () => {
    const help = POINT_FIELDS_HELP.join('\n');
    const skeleton = pointSkeleton('rate', '2026');
    for (const key of [...Object.keys(skeleton), ...Object.keys(skeleton.source as object)])
      expect(help).toContain(`"${key}"`);
  });
});
