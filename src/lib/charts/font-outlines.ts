import { createCanvas, GlobalFonts, SvgExportFlag, type SKRSContext2D } from '@napi-rs/canvas';
import { CHART_FONT_FAMILY } from './config.ts';
import { fontFiles } from './font.ts';
import { compactPath, type FontSpec, type TextEngine } from './svg-canvas.ts';

/**
 * The shipped chart font (Noto Sans, see font.ts) read through Skia (@napi-rs/canvas): widths of
 * strings, and the outline of each glyph, asked once per glyph and size for the whole build.
 */

let registered = false;
function registerFonts() {
  if (registered) return;
  for (const file of [...fontFiles(400), ...fontFiles(700)]) {
    if (!GlobalFonts.registerFromPath(file, CHART_FONT_FAMILY))
      throw new Error(`Cannot register chart font ${file}`);
  }
  registered = true;
}

const fontString = (font: FontSpec) =>
  `${font.bold ? 'bold ' : ''}${font.size}px "${CHART_FONT_FAMILY}"`;

let measuring: SKRSContext2D | undefined;
/** Charts repeat their labels ("2024", "95 %"): widths and outlines are asked once per build. */
const widths = new Map<string, number>();
const outlines = new Map<string, string>();
const emBoxes = new Map<string, { ascent: number; descent: number }>();

/** Where a glyph is drawn on its scratch picture, far enough from the edges for any glyph. */
const ORIGIN = (size: number) => ({ x: size, y: size * 2 });

export const chartFont: TextEngine = {
  measure(text, font) {
    const key = `${fontString(font)}:${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      registerFonts();
      measuring ??= createCanvas(1, 1).getContext('2d');
      measuring.font = fontString(font);
      width = measuring.measureText(text).width;
      widths.set(key, width);
    }
    return width;
  },
  outline(cluster, font) {
    const key = `${fontString(font)}:${cluster}`;
    let outline = outlines.get(key);
    if (outline === undefined) {
      registerFonts();
      const { x, y } = ORIGIN(font.size);
      const canvas = createCanvas(font.size * 4, font.size * 4, SvgExportFlag.ConvertTextToPaths);
      const ctx = canvas.getContext('2d');
      ctx.font = fontString(font);
      ctx.fillText(cluster, x, y);
      const svg = canvas.getContent().toString('utf8');
      const data = [...svg.matchAll(/\sd="([^"]*)"/g)].map((match) => match[1]).join('');
      outline = data ? compactPath(data, -x, -y) : '';
      outlines.set(key, outline);
    }
    return outline;
  },
  emBox(font) {
    const key = fontString(font);
    let box = emBoxes.get(key);
    if (!box) {
      registerFonts();
      measuring ??= createCanvas(1, 1).getContext('2d');
      measuring.font = key;
      const metrics = measuring.measureText('H');
      box = { ascent: metrics.emHeightAscent, descent: metrics.emHeightDescent };
      emBoxes.set(key, box);
    }
    return box;
  },
};
