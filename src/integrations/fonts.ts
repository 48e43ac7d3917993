import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromBuffer } from '@capsizecss/unpack';
import subsetFont from 'subset-font';
import {
  WIDTH_TWINS,
  fallbackFontFace,
  widthTwinFileName,
  type MeasuredFont,
} from '../lib/font-fallbacks.ts';
import {
  FONT_CHARACTERS,
  FONT_FACES,
  FONT_SUBSETS,
  fontFileName,
  type FontFace,
} from '../lib/fonts.ts';

/** Where the cut-down fonts go; src/styles/global.css names them, Vite hashes and copies them. */
export const FONT_DIR = 'src/fonts';
/** The fallback faces (src/lib/font-fallbacks.ts), beside the fonts; src/styles/global.css imports it. */
export const FALLBACK_CSS = 'fallbacks.css';

/**
 * Kept: kerning. Dropped: hinting (phones and print do not use it), glyphs reachable only through
 * other features (alternates, small capitals) and mark positioning: content is NFC (the content
 * check says so), so every Vietnamese letter is one precomposed glyph.
 */
const SUBSET_OPTIONS = {
  targetFormat: 'woff2',
  keepFeatures: ['kern'],
  noHinting: true,
  noLayoutClosure: true,
} as const;

const require = createRequire(import.meta.url);
const packageFile = (fontPackage: string, name: string) =>
  join(dirname(require.resolve(`${fontPackage}/package.json`)), 'files', name);
const sourceFile = (face: FontFace, subset: (typeof FONT_SUBSETS)[number]) =>
  packageFile(face.package, fontFileName(face, subset));

/**
 * Cuts every face the site uses down to FONT_CHARACTERS (src/lib/fonts.ts) before Astro builds,
 * in about ten seconds; the result is kept until the packages, the characters or the options
 * change (a key file beside the fonts), so later builds skip the work.
 */
export async function writeFonts(root: string): Promise<void> {
  const dir = join(root, FONT_DIR);
  const jobs = FONT_FACES.flatMap((face) =>
    FONT_SUBSETS.map((subset) => ({
      source: sourceFile(face, subset),
      target: join(dir, fontFileName(face, subset)),
    })),
  );
  const key = createHash('sha256')
    .update(JSON.stringify({ FONT_CHARACTERS, SUBSET_OPTIONS }))
    .update(readFileSync(require.resolve('subset-font/package.json')));
  for (const job of jobs) key.update(job.target).update(readFileSync(job.source));
  const keyFile = join(dir, '.key');
  const digest = key.digest('hex');
  if (
    existsSync(keyFile) &&
    readFileSync(keyFile, 'utf8') === digest &&
    jobs.every((job) => existsSync(job.target))
  )
    return;
  mkdirSync(dir, { recursive: true });
  for (const job of jobs) {
    const font = await subsetFont(readFileSync(job.source), FONT_CHARACTERS, {
      ...SUBSET_OPTIONS,
      keepFeatures: [...SUBSET_OPTIONS.keepFeatures],
    });
    replaceFile(job.target, font);
  }
  writeFileSync(keyFile, digest);
}

/** Written whole then renamed: a build running beside this one never reads half a file. */
function replaceFile(target: string, content: string | Uint8Array): void {
  const partial = `${target}.${process.pid}.tmp`;
  writeFileSync(partial, content);
  renameSync(partial, target);
}

/**
 * Writes the fallback faces of every face the site uses, measured from the files the site serves
 * (their Latin part holds the letters Capsize averages) and from the width twins' files. Rewritten
 * only when the text changes: a build beside this one may be reading it.
 */
export async function writeFallbackFaces(root: string): Promise<void> {
  const dir = join(root, FONT_DIR);
  const measure = async (file: string): Promise<MeasuredFont> => fromBuffer(readFileSync(file));
  const rules: string[] = [];
  for (const face of FONT_FACES) {
    const font = await measure(join(dir, fontFileName(face, 'latin')));
    const twin = await measure(
      packageFile(WIDTH_TWINS[face.family].package, widthTwinFileName(face)),
    );
    rules.push(fallbackFontFace(face, font, twin));
  }
  const css = `/* Written by src/integrations/fonts.ts at build time: see src/lib/font-fallbacks.ts. */\n${rules.join('\n')}\n`;
  const target = join(dir, FALLBACK_CSS);
  if (!existsSync(target) || readFileSync(target, 'utf8') !== css) replaceFile(target, css);
}

export function fonts(): AstroIntegration {
  return {
    name: 'fonts',
    hooks: {
      'astro:config:setup': async ({ config }) => {
        await writeFonts(fileURLToPath(config.root));
        await writeFallbackFaces(fileURLToPath(config.root));
      },
    },
  };
}
