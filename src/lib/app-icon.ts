import { createCanvas, Path2D } from '@napi-rs/canvas';

/**
 * The site's app icon (issue 17): a gold star over a ridge of border mountains on the site's dark
 * red, drawn here (no outside art) as SVG and as PNG from the same shapes. "any" icons have rounded
 * corners; "maskable" ones fill the square edge to edge, the star inside the central safe circle
 * (radius 40 %) that launchers never crop.
 */

/** The site's accent (--color-accent in global.css): the icon's ground and the browser's theme colour. */
export const THEME_COLOUR = '#8b1a1a';
/** The page colour (--color-paper), shown while the installed site starts. */
export const BACKGROUND_COLOUR = '#fdfcf9';
const STAR_COLOUR = '#ffd54a';
const RIDGE_COLOUR = '#5e1111';

const SIZE = 512;
const CORNER = 96;
const RIDGE = 'M0 512L0 424L92 374L164 408L256 362L348 412L420 380L512 426L512 512Z';
const STAR = starPath(256, 224, 150, 60);

export type IconPurpose = 'any' | 'maskable';

function starPath(cx: number, cy: number, outer: number, inner: number): string {
  const points = Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 ? inner : outer;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    const x = cx + radius * Math.cos(angle);
    const y = cy + radius * Math.sin(angle);
    return `${x.toFixed(1)} ${y.toFixed(1)}`;
  });
  return `M${points.join('L')}Z`;
}

export function appIconSvg(purpose: IconPurpose = 'any'): string {
  const corner = purpose === 'any' ? CORNER : 0;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}">`,
    `<clipPath id="ground"><rect width="${SIZE}" height="${SIZE}" rx="${corner}"/></clipPath>`,
    `<g clip-path="url(#ground)"><rect width="${SIZE}" height="${SIZE}" fill="${THEME_COLOUR}"/>`,
    `<path fill="${RIDGE_COLOUR}" d="${RIDGE}"/></g>`,
    `<path fill="${STAR_COLOUR}" d="${STAR}"/></svg>\n`,
  ].join('');
}

export function appIconPng(size: number, purpose: IconPurpose = 'any'): Buffer {
  const canvas = createCanvas(size, size);
  const g = canvas.getContext('2d');
  g.scale(size / SIZE, size / SIZE);
  g.beginPath();
  g.roundRect(0, 0, SIZE, SIZE, purpose === 'any' ? CORNER : 0);
  g.clip();
  g.fillStyle = THEME_COLOUR;
  g.fillRect(0, 0, SIZE, SIZE);
  g.fillStyle = RIDGE_COLOUR;
  g.fill(new Path2D(RIDGE));
  g.fillStyle = STAR_COLOUR;
  g.fill(new Path2D(STAR));
  return canvas.toBuffer('image/png');
}

/** Every icon file the site publishes under icons/, with what the web app manifest says of it. */
export const APP_ICONS = [
  { file: 'icon.svg', type: 'image/svg+xml', sizes: 'any', purpose: 'any' },
  { file: 'icon-192.png', type: 'image/png', sizes: '192x192', purpose: 'any' },
  { file: 'icon-512.png', type: 'image/png', sizes: '512x512', purpose: 'any' },
  { file: 'icon-maskable-512.png', type: 'image/png', sizes: '512x512', purpose: 'maskable' },
  // iOS rounds home-screen icons itself and ignores the manifest's.
  { file: 'apple-touch-icon.png', type: 'image/png', sizes: '180x180', purpose: 'maskable' },
] as const;

export type AppIcon = (typeof APP_ICONS)[number];

export function drawAppIcon(icon: AppIcon): Buffer | string {
  if (icon.type === 'image/svg+xml') return appIconSvg(icon.purpose);
  return appIconPng(Number(icon.sizes.split('x')[0]), icon.purpose);
}
