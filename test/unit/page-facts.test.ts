import { describe, expect, it } from 'vitest';
import { modelSearchFacts, planFacts, storySearchFacts } from '../../src/lib/search/page-facts.ts';
import { unitsById } from '../../src/lib/units.ts';

const plan = {
  docType: 'Kế hoạch',
  number: '03/KH-CCB',
  issued: '07/11/2022',
  issuer: 'Hội Cựu chiến binh tỉnh Lào Cai',
};

describe('what the search knows of each page', () => {
  it('files a plan and its items under the province and the year of issue, found by their numbers', () => {
    expect(planFacts(plan, 'tỉnh Lào Cai')).toEqual({
      kind: 'Kế hoạch',
      context: 'Hội Cựu chiến binh tỉnh Lào Cai, 07/11/2022',
      province: 'tỉnh Lào Cai',
      year: 2022,
      numbers: ['03/KH-CCB'],
    });
    expect(
      planFacts(plan, 'tỉnh Lào Cai', { kind: 'Chỉ tiêu', label: 'mục II.2.4', number: 'II.2.4' }),
    ).toEqual({
      kind: 'Chỉ tiêu',
      context: 'Kế hoạch số 03/KH-CCB, mục II.2.4 · tỉnh Lào Cai',
      province: 'tỉnh Lào Cai',
      year: 2022,
      numbers: ['II.2.4'],
    });
  });

  it("files a model under today's province, its start year and field, found by its decisions", () => {
    const units = unitsById([
      { id: 'lao-cai', name: 'tỉnh Lào Cai', level: 'province', successors: [] },
      {
        id: 'yen-bai',
        name: 'tỉnh Yên Bái',
        level: 'province',
        validTo: '30/06/2025',
        successors: ['lao-cai'],
      },
      { id: 'xa', name: 'xã Cũ', level: 'commune', parent: 'yen-bai', successors: [] },
    ]);
    const facts = modelSearchFacts(
      {
        unit: 'xa',
        yearStarted: 2023,
        field: 'kinh-te',
        sample: true,
        recognition: [
          { level: 'commune', body: 'UBND xã', decision: '12/QĐ-UBND', year: 2024 },
          { level: 'district', body: 'Huyện ủy', year: 2024 },
        ],
      },
      'xã Cũ, tỉnh Lào Cai',
      units,
    );
    expect(facts).toEqual({
      kind: 'Mô hình',
      context: 'xã Cũ, tỉnh Lào Cai',
      province: 'tỉnh Lào Cai',
      year: 2023,
      field: 'Kinh tế',
      numbers: ['12/QĐ-UBND'],
      sample: true,
    });
  });

  it('files a story under its year of publication and its age bands', () => {
    expect(
      storySearchFacts({
        narrator: { name: 'Nguyễn Văn A' } as Parameters<typeof storySearchFacts>[0]['narrator'],
        period: 'Chiến tranh biên giới 1979',
        published: '15/03/2025',
        ageBands: ['thcs', 'tieu-hoc'],
        sample: false,
      }),
    ).toEqual({
      kind: 'Câu chuyện',
      context: 'Người kể: Nguyễn Văn A · Chiến tranh biên giới 1979',
      year: 2025,
      age: ['THCS', 'Tiểu học'],
      sample: false,
    });
  });
});
