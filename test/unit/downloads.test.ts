import { describe, expect, it } from 'vitest';
import { DATA_PART_SIZE, splitDownload } from '../../src/lib/downloads.ts';

const records = (count: number) =>
  Array.from({ length: count }, (_, index) => ({ id: `m${index + 1}` }));

describe('a download split into parts', () => {
  it('puts at most 50 records in a part, every record in exactly one, in order', () => {
    const all = records(125);
    const { parts } = splitDownload('mo-hinh', 'models', all);
    expect(DATA_PART_SIZE).toBe(50);
    expect(parts.map((part) => part.name)).toEqual(['phan-1', 'phan-2', 'phan-3']);
    expect(parts.map((part) => (part.body.models as unknown[]).length)).toEqual([50, 50, 25]);
    expect(parts.flatMap((part) => part.body.models as unknown[])).toEqual(all);
    expect(parts[1]!.body).toMatchObject({ part: 2, parts: 3, total: 125 });
  });

  it('lists every part in the index at the old address, with counts that add up to the whole', () => {
    const { index } = splitDownload('chi-tieu', 'targets', records(101));
    expect(index.total).toBe(101);
    expect(index.partSize).toBe(50);
    expect(index.parts).toEqual([
      { url: '/du-lieu/chi-tieu/phan-1.json', count: 50 },
      { url: '/du-lieu/chi-tieu/phan-2.json', count: 50 },
      { url: '/du-lieu/chi-tieu/phan-3.json', count: 1 },
    ]);
    expect(index.note).toBe(
      'Danh sách chia thành 3 phần, mỗi phần tối đa 50 bản ghi; tải từng phần theo địa chỉ "url" bên dưới.',
    );
  });

  it('publishes an empty download as one empty part, so its addresses still answer', () => {
    const { index, parts } = splitDownload('mo-hinh', 'models', []);
    expect(index.parts).toEqual([{ url: '/du-lieu/mo-hinh/phan-1.json', count: 0 }]);
    expect(parts[0]!.body).toEqual({ part: 1, parts: 1, total: 0, models: [] });
  });
});
