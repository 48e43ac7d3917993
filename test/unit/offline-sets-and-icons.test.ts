import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import {
  APP_ICONS,
  appIconPng,
  appIconSvg,
  drawAppIcon,
  THEME_COLOUR,
} from '../../src/lib/app-icon.ts';
import { ageBandSet, planSet } from '../../src/lib/offline/saved-sets.ts';

describe('what one tap on "Lưu để đọc khi không có mạng" saves', () => {
  it('a plan: its page, then its tasks and targets, each once, and names its manifest', () => {
    const set = planSet(
      { id: 'lao-cai-03-kh-ccb', title: 'Kế hoạch số 03/KH-CCB' },
      ['lao-cai-03-kh-ccb/iii-1', 'lao-cai-03-kh-ccb/iii-2'],
      ['lao-cai-03-kh-ccb/ii-2-1'],
    );
    expect(set).toEqual({
      manifest: '/ngoai-tuyen/ke-hoach/lao-cai-03-kh-ccb.json',
      title: 'Kế hoạch số 03/KH-CCB',
      pages: [
        '/ke-hoach/lao-cai-03-kh-ccb/',
        '/nhiem-vu/lao-cai-03-kh-ccb/iii-1/',
        '/nhiem-vu/lao-cai-03-kh-ccb/iii-2/',
        '/chi-tieu/lao-cai-03-kh-ccb/ii-2-1/',
      ],
    });
  });

  it('an age band: the teachers’ page, the band’s pages and every story for it', () => {
    const set = ageBandSet(
      { id: 'thcs', title: 'Câu chuyện cho học sinh THCS' },
      [{ id: 'giao-duc-the-he-tre', stories: 2 }],
      ['cot-moc-va-lop-hoc-cua-ong', 'nhung-la-thu-gui-me', 'cot-moc-va-lop-hoc-cua-ong'],
    );
    expect(set.manifest).toBe('/ngoai-tuyen/giao-vien/thcs.json');
    expect(set.pages).toEqual([
      '/giao-vien/',
      '/giao-vien/lua-tuoi/thcs/',
      '/giao-vien/lua-tuoi/thcs/giao-duc-the-he-tre/',
      '/cau-chuyen/cot-moc-va-lop-hoc-cua-ong/',
      '/cau-chuyen/nhung-la-thu-gui-me/',
    ]);
  });

  it('an age band with more stories than a page holds: every page of its lists', () => {
    const stories = Array.from({ length: 120 }, (_, index) => `chuyen-${index + 1}`);
    const set = ageBandSet(
      { id: 'thpt', title: 'Câu chuyện cho học sinh THPT' },
      [
        { id: 'bien-gioi', stories: 51 },
        { id: 'gia-dinh', stories: 3 },
      ],
      stories,
    );
    expect(set.pages.slice(0, 7)).toEqual([
      '/giao-vien/',
      '/giao-vien/lua-tuoi/thpt/',
      '/giao-vien/lua-tuoi/thpt/trang-2/',
      '/giao-vien/lua-tuoi/thpt/trang-3/',
      '/giao-vien/lua-tuoi/thpt/bien-gioi/',
      '/giao-vien/lua-tuoi/thpt/bien-gioi/trang-2/',
      '/giao-vien/lua-tuoi/thpt/gia-dinh/',
    ]);
    expect(set.pages).toHaveLength(7 + 120);
  });
});

/** The colour of one pixel of a drawn icon, as #rrggbb, or "transparent". */
async function pixel(image: Buffer | string, size: number, x: number, y: number): Promise<string> {
  const canvas = createCanvas(size, size);
  const context = canvas.getContext('2d');
  context.drawImage(await loadImage(Buffer.from(image)), 0, 0, size, size);
  const [r, g, b, a] = context.getImageData(x, y, 1, 1).data;
  if (a === 0) return 'transparent';
  return `#${[r, g, b].map((c) => c!.toString(16).padStart(2, '0')).join('')}`;
}

describe('the app icon', () => {
  it('is drawn at the sizes the manifest names', async () => {
    for (const icon of APP_ICONS.filter((i) => i.type === 'image/png')) {
      const image = await loadImage(drawAppIcon(icon));
      expect(`${image.width}x${image.height}`, icon.file).toBe(icon.sizes);
    }
  });

  it('SVG and PNG show the same gold star and mountain ridge on the site’s red', async () => {
    const svg = appIconSvg('any');
    const png = appIconPng(512, 'any');
    for (const image of [svg, png]) {
      expect(await pixel(image, 512, 256, 224)).toBe('#ffd54a');
      expect(await pixel(image, 512, 60, 200)).toBe(THEME_COLOUR);
      expect(await pixel(image, 512, 256, 490)).toBe('#5e1111');
      // Rounded corners: nothing is drawn in the very corner.
      expect(await pixel(image, 512, 3, 3)).toBe('transparent');
    }
  });

  it('as a maskable icon fills the square, its star inside the safe circle launchers never crop', async () => {
    const png = appIconPng(512, 'maskable');
    expect(await pixel(png, 512, 3, 3)).toBe(THEME_COLOUR);
    // Outside the circle of radius 40 % around the centre there is no star.
    for (let angle = 0; angle < 360; angle += 5) {
      const x = Math.round(256 + 0.41 * 512 * Math.cos((angle * Math.PI) / 180));
      const y = Math.round(256 + 0.41 * 512 * Math.sin((angle * Math.PI) / 180));
      expect(await pixel(png, 512, x, y), `${angle}°`).not.toBe('#ffd54a');
    }
  });
});
