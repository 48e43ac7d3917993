import { describe, expect, it } from 'vitest';
import { isSlug, slugify } from '../../src/lib/slug.ts';

describe('file names from Vietnamese titles', () => {
  it('drops diacritics and turns đ into d', () => {
    expect(slugify('Đoàn kết, đổi mới')).toBe('doan-ket-doi-moi');
    expect(slugify('Mô hình “Dân vận khéo” ở Đồng Tuyển')).toBe(
      'mo-hinh-dan-van-kheo-o-dong-tuyen',
    );
    expect(slugify('Quỹ hỗ trợ hội viên nghèo: 96,4 %')).toBe('quy-ho-tro-hoi-vien-ngheo-96-4');
  });

  it('gives the same name for decomposed (NFD) and precomposed text', () => {
    expect(slugify('Nhiệm vụ ưu tiên'.normalize('NFD'))).toBe(slugify('Nhiệm vụ ưu tiên'));
    expect(slugify('Nhiệm vụ ưu tiên')).toBe('nhiem-vu-uu-tien');
  });

  it('cuts long titles at a word boundary without a trailing hyphen', () => {
    const slug = slugify(
      'Tuyên truyền, giáo dục truyền thống cách mạng cho thế hệ trẻ ở các xã biên giới',
      40,
    );
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug).toBe('tuyen-truyen-giao-duc-truyen-thong-cach');
  });

  it('returns an empty name when nothing usable is left', () => {
    expect(slugify('“…”')).toBe('');
  });

  it('recognises valid ids', () => {
    expect(isSlug('lao-cai-03-kh-ccb')).toBe(true);
    expect(isSlug('Lào-cai')).toBe(false);
    expect(isSlug('ke hoach')).toBe(false);
    expect(isSlug('a--b')).toBe(false);
  });
});
