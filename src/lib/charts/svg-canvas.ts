import type { Box } from './label-layout.ts';

/**
 * A drawing surface with the part of the canvas 2D API Chart.js draws with, writing SVG instead of
 * pixels. Text becomes outlines of the shipped font (a `TextEngine` gives each glyph's outline and
 * each string's width): every glyph is defined once per picture and placed with <use>, so a chart
 * needs no web font, prints sharp and stays small. Coordinates are rounded to a tenth of a pixel.
 *
 * It also keeps what it drew (each text's box, each marker, each line segment), so the layout of a
 * drawn chart can be checked: no label overlapping another or leaving the picture.
 */

export interface FontSpec {
  /** Pixels. */
  size: number;
  bold: boolean;
}

export interface TextEngine {
  /** Advance width of `text` in pixels. */
  measure(text: string, font: FontSpec): number;
  /**
   * Outline of one grapheme cluster drawn at the origin on the alphabetic baseline, as SVG path
   * data in pixels (relative commands, as compactPath writes them), or '' for a blank.
   */
  outline(cluster: string, font: FontSpec): string;
  /** Ascent and descent of the em box from the alphabetic baseline, in pixels (both positive). */
  emBox(font: FontSpec): { ascent: number; descent: number };
}

/** A text as drawn: its string, font size and box in the picture's pixels. */
export interface DrawnText {
  text: string;
  size: number;
  bold: boolean;
  box: Box;
}

type Matrix = [number, number, number, number, number, number];

interface State {
  matrix: Matrix;
  fillStyle: string;
  strokeStyle: string;
  lineWidth: number;
  lineCap: string;
  lineJoin: string;
  dash: number[];
  dashOffset: number;
  font: string;
  textAlign: string;
  textBaseline: string;
  clip: string | null;
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** Tenths of a pixel, as the shortest text: 12, 12.5, .5, -3.2. */
function tenths(value: number): string {
  const rounded = Math.round(value * 10);
  if (rounded === 0) return '0';
  const sign = rounded < 0 ? '-' : '';
  const abs = Math.abs(rounded);
  const whole = Math.floor(abs / 10);
  const tenth = abs % 10;
  return `${sign}${whole === 0 ? '' : whole}${tenth === 0 ? '' : `.${tenth}`}`;
}

/** Appends numbers of path data as tightly as SVG allows ("1.5-2.5.5"). */
function appendNumbers(out: string, numbers: string[], separateFirst: boolean): string {
  let text = out;
  numbers.forEach((number, i) => {
    const glued =
      (i === 0 && !separateFirst) ||
      number.startsWith('-') ||
      (number.startsWith('.') && /\.\d*$/.test(text));
    text += glued ? number : ` ${number}`;
  });
  return text;
}

const COMMAND = /([MLQCAZmlqcaz])([^MLQCAZmlqcaz]*)/g;
const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;

/**
 * Absolute path data (M, L, Q, C, A, Z) rewritten relative, rounded to tenths, offset by (dx, dy).
 * Rounding is done on absolute positions, so errors never add up along a path.
 */
export function compactPath(data: string, dx = 0, dy = 0): string {
  let out = '';
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let letter = '';
  for (const [, command, args] of data.matchAll(COMMAND)) {
    const upper = command!.toUpperCase();
    if (upper === 'Z') {
      out += 'z';
      letter = 'z';
      x = startX;
      y = startY;
      continue;
    }
    if (command !== upper) throw new Error(`compactPath: relative command ${command} not expected`);
    const values = (args!.match(NUMBER) ?? []).map(Number);
    if (upper === 'A') {
      // Radii, rotation and flags stay; only the end point is relative.
      for (let i = 0; i + 7 <= values.length; i += 7) {
        const [rx, ry, rotation, large, sweep, ex, ey] = values.slice(i, i + 7);
        const px = Math.round((ex! + dx) * 10);
        const py = Math.round((ey! + dy) * 10);
        out = appendNumbers(
          `${out}a`,
          [
            tenths(rx!),
            tenths(ry!),
            String(rotation),
            String(large),
            String(sweep),
            tenths((px - x) / 10),
            tenths((py - y) / 10),
          ],
          false,
        );
        letter = 'a';
        x = px;
        y = py;
      }
      continue;
    }
    const per = upper === 'C' ? 6 : upper === 'Q' ? 4 : 2;
    for (let i = 0; i + per <= values.length; i += per) {
      const numbers: string[] = [];
      let endX = x;
      let endY = y;
      for (let j = 0; j < per; j += 2) {
        const px = Math.round((values[i + j]! + dx) * 10);
        const py = Math.round((values[i + j + 1]! + dy) * 10);
        numbers.push(tenths((px - x) / 10), tenths((py - y) / 10));
        // Control points are relative to the segment's start, like its end.
        endX = px;
        endY = py;
      }
      // A move's further pairs are lines; a repeated command letter may be left out.
      const next = i === 0 || upper !== 'M' ? upper.toLowerCase() : 'l';
      out =
        next === letter && next !== 'm'
          ? appendNumbers(out, numbers, true)
          : appendNumbers(`${out}${next}`, numbers, false);
      letter = next;
      x = endX;
      y = endY;
      if (upper === 'M' && i === 0) {
        startX = x;
        startY = y;
      }
    }
  }
  // The first command is a relative move from (0, 0): exact, as positions are integers of tenths.
  return out;
}

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];

/** Scale of a matrix made of translations, rotations and uniform scales. */
const scaleOf = (m: Matrix) => Math.hypot(m[0], m[1]);

const isTranslation = (m: Matrix) => m[0] === 1 && m[1] === 0 && m[2] === 0 && m[3] === 1;

function parseFont(font: string): FontSpec {
  const size = /(\d+(?:\.\d+)?)px/.exec(font);
  if (!size) throw new Error(`SvgCanvas: font without a pixel size: ${font}`);
  return { size: Number(size[1]), bold: /\b(bold|[6-9]00)\b/.test(font) };
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const segmenter = new Intl.Segmenter('vi', { granularity: 'grapheme' });

interface Element {
  d: string;
  fill: string | null;
  stroke: string | null;
  clip: string | null;
}

/**
 * The context Chart.js is handed. Only what Chart.js calls is implemented; anything else it
 * might call in a later version fails loudly (see `unsupported`), rather than drawing wrongly.
 */
export class SvgCanvasContext {
  readonly canvas: { width: number; height: number; style: Record<string, string> };
  readonly texts: DrawnText[] = [];
  readonly #engine: TextEngine;
  readonly #idPrefix: string;
  #state: State = {
    matrix: IDENTITY,
    fillStyle: '#000000',
    strokeStyle: '#000000',
    lineWidth: 1,
    lineCap: 'butt',
    lineJoin: 'miter',
    dash: [],
    dashOffset: 0,
    font: '10px sans-serif',
    textAlign: 'start',
    textBaseline: 'alphabetic',
    clip: null,
  };
  readonly #stack: State[] = [];
  /** The current path as SVG path data in picture coordinates. */
  #path = '';
  #current: [number, number] | null = null;
  #subpathStart: [number, number] | null = null;
  readonly #body: (Element | string)[] = [];
  readonly #glyphs = new Map<string, { id: string; d: string }>();
  readonly #clips = new Map<string, { id: string; d: string; outer: string | null }>();

  constructor(width: number, height: number, engine: TextEngine, idPrefix: string) {
    // Chart.js reads the context's canvas for its size and asks it for the context again.
    this.canvas = Object.assign({ width, height, style: {} }, { getContext: () => this });
    this.#engine = engine;
    this.#idPrefix = idPrefix;
  }

  // Style properties, as the canvas API has them.
  get fillStyle() {
    return this.#state.fillStyle;
  }
  set fillStyle(value: string) {
    this.#state.fillStyle = String(value);
  }
  get strokeStyle() {
    return this.#state.strokeStyle;
  }
  set strokeStyle(value: string) {
    this.#state.strokeStyle = String(value);
  }
  get lineWidth() {
    return this.#state.lineWidth;
  }
  set lineWidth(value: number) {
    if (Number.isFinite(value) && value > 0) this.#state.lineWidth = value;
  }
  get lineCap() {
    return this.#state.lineCap;
  }
  set lineCap(value: string) {
    this.#state.lineCap = value;
  }
  get lineJoin() {
    return this.#state.lineJoin;
  }
  set lineJoin(value: string) {
    this.#state.lineJoin = value;
  }
  get lineDashOffset() {
    return this.#state.dashOffset;
  }
  set lineDashOffset(value: number) {
    this.#state.dashOffset = value;
  }
  get font() {
    return this.#state.font;
  }
  set font(value: string) {
    this.#state.font = value;
  }
  get textAlign() {
    return this.#state.textAlign;
  }
  set textAlign(value: string) {
    this.#state.textAlign = value;
  }
  get textBaseline() {
    return this.#state.textBaseline;
  }
  set textBaseline(value: string) {
    this.#state.textBaseline = value;
  }

  save() {
    this.#stack.push({ ...this.#state, dash: [...this.#state.dash] });
  }
  restore() {
    const state = this.#stack.pop();
    if (state) this.#state = state;
  }
  setLineDash(segments: number[]) {
    this.#state.dash = [...segments];
  }
  getLineDash() {
    return [...this.#state.dash];
  }

  // Transformations.
  translate(x: number, y: number) {
    this.#state.matrix = multiply(this.#state.matrix, [1, 0, 0, 1, x, y]);
  }
  rotate(angle: number) {
    if (angle === 0) return;
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    this.#state.matrix = multiply(this.#state.matrix, [cos, sin, -sin, cos, 0, 0]);
  }
  scale(x: number, y: number) {
    if (x !== y) this.#unsupported('scale with different x and y');
    this.#state.matrix = multiply(this.#state.matrix, [x, 0, 0, y, 0, 0]);
  }
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number) {
    this.#state.matrix = [a, b, c, d, e, f];
  }
  resetTransform() {
    this.#state.matrix = IDENTITY;
  }

  // Paths.
  beginPath() {
    this.#path = '';
    this.#current = null;
    this.#subpathStart = null;
  }
  moveTo(x: number, y: number) {
    const [px, py] = apply(this.#state.matrix, x, y);
    this.#path += `M${tenths(px)} ${tenths(py)}`;
    this.#current = [px, py];
    this.#subpathStart = [px, py];
  }
  lineTo(x: number, y: number) {
    if (!this.#current) return this.moveTo(x, y);
    const [px, py] = apply(this.#state.matrix, x, y);
    this.#path += `L${tenths(px)} ${tenths(py)}`;
    this.#current = [px, py];
  }
  closePath() {
    if (!this.#current) return;
    this.#path += 'Z';
    this.#current = this.#subpathStart;
  }
  rect(x: number, y: number, width: number, height: number) {
    this.moveTo(x, y);
    this.lineTo(x + width, y);
    this.lineTo(x + width, y + height);
    this.lineTo(x, y + height);
    this.closePath();
  }
  arc(x: number, y: number, radius: number, start: number, end: number, counterclockwise = false) {
    const m = this.#state.matrix;
    const rotation = Math.atan2(m[1], m[0]);
    const r = radius * scaleOf(m);
    const [cx, cy] = apply(m, x, y);
    const TAU = Math.PI * 2;
    let sweep = counterclockwise ? start - end : end - start;
    if (sweep >= TAU) sweep = TAU;
    else sweep = ((sweep % TAU) + TAU) % TAU;
    const direction = counterclockwise ? -1 : 1;
    const point = (angle: number): [number, number] => [
      cx + r * Math.cos(angle + rotation),
      cy + r * Math.sin(angle + rotation),
    ];
    const [sx, sy] = point(start);
    if (this.#current) this.#path += `L${tenths(sx)} ${tenths(sy)}`;
    else {
      this.#path += `M${tenths(sx)} ${tenths(sy)}`;
      this.#subpathStart = [sx, sy];
    }
    // SVG arcs cannot draw a full turn: at most half a turn per command.
    const pieces = Math.max(1, Math.ceil(sweep / Math.PI - 1e-9));
    for (let i = 1; i <= pieces; i++) {
      const [px, py] = point(start + (direction * sweep * i) / pieces);
      this.#path += `A${tenths(r)} ${tenths(r)} 0 0 ${counterclockwise ? 0 : 1} ${tenths(px)} ${tenths(py)}`;
    }
    this.#current = point(start + direction * sweep);
  }
  bezierCurveTo(c1x: number, c1y: number, c2x: number, c2y: number, x: number, y: number) {
    const m = this.#state.matrix;
    const points = [apply(m, c1x, c1y), apply(m, c2x, c2y), apply(m, x, y)];
    this.#path += `C${points.map(([px, py]) => `${tenths(px)} ${tenths(py)}`).join(' ')}`;
    this.#current = points[2]!;
  }
  quadraticCurveTo(cx: number, cy: number, x: number, y: number) {
    const m = this.#state.matrix;
    const points = [apply(m, cx, cy), apply(m, x, y)];
    this.#path += `Q${points.map(([px, py]) => `${tenths(px)} ${tenths(py)}`).join(' ')}`;
    this.#current = points[1]!;
  }

  /** Clips to the current path, within any clip already set (a clip path clipped by the last). */
  clip() {
    if (!this.#path) return;
    const outer = this.#state.clip;
    const key = `${outer ?? ''}|${this.#path}`;
    let clip = this.#clips.get(key);
    if (!clip) {
      clip = { id: `${this.#idPrefix}c${this.#clips.size}`, d: this.#path, outer };
      this.#clips.set(key, clip);
    }
    this.#state.clip = clip.id;
  }

  // Painting.
  fill() {
    if (!this.#path) return;
    this.#emit({
      d: this.#path,
      fill: `fill="${escapeAttribute(this.#state.fillStyle)}"`,
      stroke: null,
    });
  }
  stroke() {
    if (!this.#path) return;
    this.#emit({ d: this.#path, fill: null, stroke: this.#strokeAttributes() });
  }
  fillRect(x: number, y: number, width: number, height: number) {
    const path = this.#path;
    const current = this.#current;
    const start = this.#subpathStart;
    this.beginPath();
    this.rect(x, y, width, height);
    this.fill();
    this.#path = path;
    this.#current = current;
    this.#subpathStart = start;
  }
  strokeRect(x: number, y: number, width: number, height: number) {
    const path = this.#path;
    const current = this.#current;
    const start = this.#subpathStart;
    this.beginPath();
    this.rect(x, y, width, height);
    this.stroke();
    this.#path = path;
    this.#current = current;
    this.#subpathStart = start;
  }
  /**
   * Clearing the whole picture (Chart.js does before each drawing) forgets what was drawn; the
   * picture starts white (see toSvg). Clearing part of it is not supported.
   */
  clearRect(x: number, y: number, width: number, height: number) {
    const [left, top] = apply(this.#state.matrix, x, y);
    const [right, bottom] = apply(this.#state.matrix, x + width, y + height);
    if (left > 0 || top > 0 || right < this.canvas.width || bottom < this.canvas.height)
      this.#unsupported('clearing part of the picture');
    this.#body.length = 0;
    this.texts.length = 0;
  }

  measureText(text: string): { width: number } {
    return { width: this.#measure(String(text), parseFont(this.#state.font)) };
  }

  fillText(value: string, x: number, y: number) {
    const text = String(value);
    const font = parseFont(this.#state.font);
    const width = this.#measure(text, font);
    const { ascent, descent } = this.#engine.emBox(font);
    const align = this.#state.textAlign;
    const left =
      align === 'center' ? x - width / 2 : align === 'right' || align === 'end' ? x - width : x;
    const baseline = this.#state.textBaseline;
    const base =
      baseline === 'top' || baseline === 'hanging'
        ? y + ascent
        : baseline === 'middle'
          ? y + (ascent - descent) / 2
          : baseline === 'bottom' || baseline === 'ideographic'
            ? y - descent
            : y;
    const m = this.#state.matrix;
    const uses: string[] = [];
    for (const { segment, index } of segmenter.segment(text)) {
      // Where the cluster starts: the width of the text up to its end, less its own width,
      // so kerning with the character before it is kept.
      const end = index + segment.length;
      const at =
        index === 0 ? 0 : this.#measure(text.slice(0, end), font) - this.#measure(segment, font);
      const glyph = this.#glyph(segment, font);
      if (!glyph) continue;
      uses.push(
        isTranslation(m)
          ? `<use href="#${glyph}" x="${tenths(left + at + m[4])}" y="${tenths(base + m[5])}"/>`
          : `<use href="#${glyph}" x="${tenths(left + at)}" y="${tenths(base)}"/>`,
      );
    }
    const corners = [
      apply(m, left, base - ascent),
      apply(m, left + width, base - ascent),
      apply(m, left, base + descent),
      apply(m, left + width, base + descent),
    ];
    this.texts.push({
      text,
      size: font.size * scaleOf(m),
      bold: font.bold,
      box: {
        left: Math.min(...corners.map((c) => c[0])),
        right: Math.max(...corners.map((c) => c[0])),
        top: Math.min(...corners.map((c) => c[1])),
        bottom: Math.max(...corners.map((c) => c[1])),
      },
    });
    if (uses.length === 0) return;
    const transform = isTranslation(m)
      ? ''
      : ` transform="matrix(${m.map((n) => Number(n.toFixed(4))).join(' ')})"`;
    const clip = this.#state.clip ? ` clip-path="url(#${this.#state.clip})"` : '';
    this.#body.push(
      `<g fill="${escapeAttribute(this.#state.fillStyle)}" data-label="${escapeAttribute(text)}"${transform}${clip}>${uses.join('')}</g>`,
    );
  }

  /** The picture: white ground, glyph and clip definitions, then everything in drawing order. */
  toSvg(): string {
    const { width, height } = this.canvas;
    const defs = [
      ...[...this.#glyphs.values()].map(({ id, d }) => `<path id="${id}" d="${d}"/>`),
      ...[...this.#clips.values()].map(
        ({ id, d, outer }) =>
          `<clipPath id="${id}"${outer ? ` clip-path="url(#${outer})"` : ''}><path d="${compactPath(d)}"/></clipPath>`,
      ),
    ];
    const body = this.#body
      .map((element) =>
        typeof element === 'string'
          ? element
          : `<path d="${compactPath(element.d)}" ${element.fill ?? 'fill="none"'}${element.stroke ? ` ${element.stroke}` : ''}${element.clip ? ` clip-path="url(#${element.clip})"` : ''}/>`,
      )
      .join('');
    return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${defs.length ? `<defs>${defs.join('')}</defs>` : ''}<rect width="${width}" height="${height}" fill="#fff"/>${body}</svg>`;
  }

  #measure(text: string, font: FontSpec): number {
    return this.#engine.measure(text, font);
  }

  #glyph(cluster: string, font: FontSpec): string | undefined {
    const key = `${font.bold ? 'b' : 'r'}${font.size}:${cluster}`;
    let glyph = this.#glyphs.get(key);
    if (!glyph) {
      const outline = this.#engine.outline(cluster, font);
      if (!outline) return undefined;
      glyph = { id: `${this.#idPrefix}g${this.#glyphs.size}`, d: outline };
      this.#glyphs.set(key, glyph);
    }
    return glyph.id;
  }

  #strokeAttributes(): string {
    const state = this.#state;
    const scale = scaleOf(state.matrix);
    const parts = [
      `stroke="${escapeAttribute(state.strokeStyle)}"`,
      `stroke-width="${tenths(state.lineWidth * scale)}"`,
    ];
    if (state.lineCap !== 'butt') parts.push(`stroke-linecap="${state.lineCap}"`);
    if (state.lineJoin !== 'miter') parts.push(`stroke-linejoin="${state.lineJoin}"`);
    if (state.dash.length) {
      parts.push(`stroke-dasharray="${state.dash.map((n) => tenths(n * scale)).join(' ')}"`);
      if (state.dashOffset) parts.push(`stroke-dashoffset="${tenths(state.dashOffset * scale)}"`);
    }
    return parts.join(' ');
  }

  /**
   * Adds a painted path. Strokes with the same look in a row become one path (order kept: nothing
   * is drawn between them); a fill followed by a stroke of the same path becomes one element.
   * Fills are never merged: overlapping shapes could cancel each other out.
   */
  #emit(element: Omit<Element, 'clip'>) {
    const clip = this.#state.clip;
    const last = this.#body.at(-1);
    if (typeof last === 'object' && last.clip === clip && element.stroke) {
      if (!last.fill && !element.fill && last.stroke === element.stroke) {
        last.d += element.d;
        return;
      }
      if (last.fill && !last.stroke && !element.fill && last.d === element.d) {
        last.stroke = element.stroke;
        return;
      }
    }
    this.#body.push({ ...element, clip });
  }

  #unsupported(what: string): never {
    throw new Error(`SvgCanvas: ${what} is not supported`);
  }
}
