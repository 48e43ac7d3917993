import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import {
  FONT_CHARACTERS,
  FONT_FACES,
  FONT_SUBSETS,
  fontFileName,
  type FontFace,
} from '../lib/fonts.ts';

/** Where the cut-down fonts go; src/styles/global.css names them, Vite hashes and copies them. */
export const FONT_DIR = 'src/fonts';

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
const sourceFile = (face: FontFace, subset: (typeof FONT_SUBSETS)[number]) =>
  join(
    dirname(require.resolve(`${face.package}/package.json`)),
    'files',
    fontFileName(face, subset),
  );

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
    // Written whole then renamed: a build running beside this one never reads half a font.
    const partial = `${job.target}.${process.pid}.tmp`;
    writeFileSync(partial, font);
    renameSync(partial, job.target);
  }
  writeFileSync(keyFile, digest);
}

export function fonts(): AstroIntegration {
  return {
    name: 'fonts',
    hooks: {
      'astro:config:setup': async ({ config }) => {
        await writeFonts(fileURLToPath(config.root));
      },
    },
  };
}
