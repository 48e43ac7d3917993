import { createCanvas, loadImage } from '@napi-rs/canvas';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrCodeSvg } from '../../src/lib/qr-code.ts';

/** What a phone's camera reads from the code: the SVG drawn at 300 pixels, then decoded. */
async function read(svg: string): Promise<string | undefined> {
  const image = await loadImage(Buffer.from(svg));
  const size = 300;
  const canvas = createCanvas(size, size);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0, size, size);
  const { data } = context.getImageData(0, 0, size, size);
  return jsQR(new Uint8ClampedArray(data), size, size)?.data;
}

describe('qrCodeSvg', () => {
  const address = 'https://ccb.example.vn/ke-hoach/lao-cai-03-kh-ccb/';

  it('draws a code a camera reads back as the page address', async () => {
    const svg = await qrCodeSvg(address);
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"/);
    expect(await read(svg)).toBe(address);
  });

  it('draws the same SVG for the same address, so builds are reproducible', async () => {
    expect(await qrCodeSvg(address)).toBe(await qrCodeSvg(address));
  });
});
