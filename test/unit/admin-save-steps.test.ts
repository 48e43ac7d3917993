import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  dataForSaving,
  PENDING_SETTINGS,
  progressForSaving,
  SAMPLE_SOURCE,
  settingsForSaving,
  withoutEmptyFields,
} from '../../src/admin/save-steps.js';
import {
  progressSchema,
  SAMPLE_SOURCE as SCHEMA_SAMPLE_SOURCE,
} from '../../src/schemas/progress.ts';
import { siteSchema } from '../../src/schemas/site.ts';

describe('the editing page’s save step', () => {
  it('names the sample source exactly as the schema does, and the settings that may be null', () => {
    expect(SAMPLE_SOURCE).toBe(SCHEMA_SAMPLE_SOURCE);
    const nullable = Object.entries(siteSchema.shape)
      .filter(([, field]) => field.safeParse(null).success)
      .map(([key]) => key);
    expect(PENDING_SETTINGS).toEqual(nullable);
  });

  it('leaves out what the editor left empty, keeping lists and false', () => {
    expect(
      withoutEmptyFields({
        a: '',
        b: '  ',
        c: null,
        d: 'x',
        e: [],
        f: false,
        g: { h: '' },
        i: [{ j: '' }],
      }),
    ).toEqual({ d: 'x', e: [], f: false, i: [{}] });
  });

  it('a sample figure names the sample source; a real one keeps its document', () => {
    const saved = progressForSaving({
      series: [
        {
          measure: 'ty-le',
          unit: 'lao-cai',
          points: [
            {
              period: '2026',
              value: 97.5,
              estimate: false,
              sample: true,
              source: { document: '' },
            },
            {
              period: '2025',
              value: 96,
              estimate: true,
              sample: false,
              source: { document: '45/BC-CCB', date: '15/12/2025', issuer: '' },
            },
          ],
        },
        { measure: 'mo-hinh', derivedFrom: 'models', unit: '', points: [] },
      ],
    });
    expect(saved).toEqual({
      series: [
        {
          measure: 'ty-le',
          unit: 'lao-cai',
          points: [
            { period: '2026', value: 97.5, sample: true, source: SAMPLE_SOURCE },
            {
              period: '2025',
              value: 96,
              estimate: true,
              sample: false,
              source: { document: '45/BC-CCB', date: '15/12/2025' },
            },
          ],
        },
        { measure: 'mo-hinh', derivedFrom: 'models' },
      ],
    });
    expect(progressSchema.safeParse(saved).success).toBe(true);
  });

  it('keeps every progress file of the site as it is', () => {
    for (const file of ['ii-2-1', 'ii-2-5', 'ii-2-8']) {
      const path = `content/tien-do/lao-cai-03-kh-ccb/${file}.json`;
      const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
      expect(dataForSaving(path, structuredClone(data)), path).toEqual(data);
    }
  });

  it('a setting left empty is written as null ("chưa có thông tin"), in the file’s order', () => {
    const saved = settingsForSaving({
      name: 'Trang',
      description: 'Mô tả',
      publisher: '',
      phone: ' ',
    });
    expect(Object.keys(saved)).toEqual([
      'name',
      'description',
      'publisher',
      'phone',
      'address',
      'email',
      'responsiblePerson',
      'url',
      'repository',
    ]);
    expect(saved.publisher).toBeNull();
    expect(siteSchema.safeParse(saved).success).toBe(true);
    expect(dataForSaving('content/trang-web.yaml', { name: 'a', url: '' })).toMatchObject({
      url: null,
    });
  });
});
