import { getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import beforeCms from '../admin/before-cms.js?raw';
import startCms from '../admin/start-cms.js?raw';
import saveSteps from '../admin/save-steps.js?raw';
import type { EditingChoices } from '../lib/admin/cms-config.ts';
import { planLabel } from '../lib/plans.ts';
import { getPlans } from './plans.ts';
import { getMeasured, getTargets } from './targets.ts';
import { getTasks } from './tasks.ts';
import { getThemes } from './themes.ts';
import { libraryPaths, withLocalCopies } from '../lib/admin/vendor-patches.ts';

/**
 * What the editing page (/admin/) needs from the content and from installed packages: the choices
 * its forms offer (units, themes, tasks, targets, progress files) and Sveltia CMS's own files.
 */

export async function editingChoices(): Promise<EditingChoices> {
  const [units, themes, tasks, targets, measured, plans, progress] = await Promise.all([
    getCollection('units'),
    getThemes(),
    getTasks(),
    getTargets(),
    getMeasured(),
    getPlans(),
    getCollection('progress'),
  ]);
  const planById = new Map(plans.map((plan) => [plan.id, plan]));
  /** "II.2.5 98% tổ chức Hội… (Kế hoạch số 03/KH-CCB)": how editors find a plan's item. */
  const itemLabel = (item: { data: { plan: string; number?: string; title: string } }) => {
    const plan = planById.get(item.data.plan);
    return `${item.data.number ?? 'Việc theo dõi:'} ${item.data.title}${plan ? ` (${planLabel(plan.data)})` : ''}`;
  };
  return {
    units: units.map((unit) => ({
      value: unit.id,
      label: unit.data.validTo ? `${unit.data.name} (đến ${unit.data.validTo})` : unit.data.name,
    })),
    provinces: units
      .filter((unit) => unit.data.level === 'province' && !unit.data.validTo)
      .map((unit) => ({ value: unit.id, label: unit.data.name })),
    themes: themes.map((theme) => ({ value: theme.id, label: theme.data.name })),
    tasks: tasks.map((task) => ({ value: task.id, label: itemLabel(task) })),
    targets: targets.map((target) => ({ value: target.id, label: itemLabel(target) })),
    // Figures are kept for the plans' targets and for the aims the editors track alike.
    progress: measured
      .filter((target) => progress.some((file) => file.id === target.id))
      .map((target) => ({
        id: target.id,
        label: itemLabel(target),
        measures: target.data.measures.map((m) => ({
          id: m.id,
          label: m.label,
          kind: m.kind,
          unit: m.unit,
        })),
        years: planById.get(target.data.plan)?.data.period ?? { from: 2020, to: 2030 },
      })),
  };
}

const require = createRequire(import.meta.url);

/** Folder of an installed package (by a file it exports). */
const packageDir = (exported: string, up = 0) =>
  join(dirname(require.resolve(exported)), ...Array<string>(up).fill('..'));

/** Sveltia CMS's files the page serves, from the installed package (never from a CDN). */
export const sveltiaFiles = {
  /** The script, naming its fonts and libraries from our own site (src/lib/admin/vendor-patches.ts). */
  script: () =>
    withLocalCopies(
      readFileSync(join(packageDir('@sveltia/cms', 1), 'dist', 'sveltia-cms.js'), 'utf8'),
    ),
  vietnamese: () => readFileSync(join(packageDir('@sveltia/cms', 1), 'locales', 'vi.json')),
};

/** Libraries Sveltia imports on demand: path under /admin/ → the installed package's file. */
export function sveltiaLibraries(): Record<string, () => Buffer> {
  const manifest = JSON.parse(
    readFileSync(join(packageDir('@sveltia/cms', 1), 'package.json'), 'utf8'),
  ) as { dependencies: Record<string, string> };
  return Object.fromEntries(
    Object.entries(libraryPaths(manifest.dependencies)).map(([name, path]) => [
      path,
      () =>
        readFileSync(join(packageDir(`${name}/package.json`), path.split('/').slice(2).join('/'))),
    ]),
  );
}

/** Font files for Sveltia's three faces (file name under /admin/fonts/ → bytes). */
export const sveltiaFonts: Record<string, () => Buffer> = {
  // Sveltia's text face: Noto Sans, the site's own font package (system fonts come first anyway).
  'text.woff2': () =>
    readFileSync(
      join(
        packageDir('@fontsource/noto-sans/package.json'),
        'files',
        'noto-sans-latin-400-normal.woff2',
      ),
    ),
  'mono.woff2': () =>
    readFileSync(
      join(
        packageDir('@fontsource/noto-sans/package.json'),
        'files',
        'noto-sans-latin-400-normal.woff2',
      ),
    ),
  // The icons Sveltia draws with a font (the same Material Symbols file its CDN serves).
  'icons.woff2': () =>
    readFileSync(
      join(
        packageDir('@fontsource-variable/material-symbols-outlined/package.json'),
        'files',
        'material-symbols-outlined-latin-wght-normal.woff2',
      ),
    ),
};

/** Our own browser scripts for the page, served as they are (checked JavaScript, no build step). */
export const pageScripts = { before: beforeCms, start: startCms, saveSteps };
