import { pageAddresses } from '../paging.ts';
import { planPath, sitePath, storyPath, targetPath, taskPath, teacherPath } from '../urls.ts';

/**
 * The sets a reader can save in one tap with "Lưu để đọc khi không có mạng" (issue 17): a plan with
 * its tasks and targets, or the stories for one age band. The pages of a set are decided here, at
 * build time; each set is published as a JSON manifest (src/pages/ngoai-tuyen/) that the offline
 * integration completes with the files those pages need, and the browser saves exactly that list.
 */

export interface SavedSet {
  /** Address of the set's manifest, e.g. "/ngoai-tuyen/ke-hoach/lao-cai-03-kh-ccb.json"; also its name in the cache. */
  manifest: string;
  /** What is saved, in words ("Kế hoạch số 03/KH-CCB"). */
  title: string;
  /** Site addresses of every page in the set, each once, in reading order. */
  pages: string[];
}

/** A manifest as published: the set's pages and, added after the build, every file they load. */
export interface SavedSetManifest {
  title: string;
  pages: string[];
  /** Stylesheets, scripts (with the code they import, Chart.js included) and pictures of the pages. */
  files: string[];
}

export const savedSetsFolder = () => sitePath('ngoai-tuyen/');

/** A plan's page, its tasks' and targets' pages (each target page carries its charts). */
export function planSet(
  plan: { id: string; title: string },
  taskIds: readonly string[],
  targetIds: readonly string[],
): SavedSet {
  return {
    manifest: sitePath(`ngoai-tuyen/ke-hoach/${plan.id}.json`),
    title: plan.title,
    pages: unique([planPath(plan.id), ...taskIds.map(taskPath), ...targetIds.map(targetPath)]),
  };
}

/**
 * The teachers' page, the age band's list and its lists by theme (every page of each), and every
 * story written for that band: what a teacher needs to choose and teach a story without a network.
 */
export function ageBandSet(
  band: { id: string; title: string },
  themes: readonly { id: string; stories: number }[],
  storyIds: readonly string[],
): SavedSet {
  return {
    manifest: sitePath(`ngoai-tuyen/giao-vien/${band.id}.json`),
    title: band.title,
    pages: unique([
      teacherPath(),
      ...pageAddresses(teacherPath(`lua-tuoi/${band.id}/`), new Set(storyIds).size),
      ...themes.flatMap((theme) =>
        pageAddresses(teacherPath(`lua-tuoi/${band.id}/${theme.id}/`), theme.stories),
      ),
      ...storyIds.map(storyPath),
    ]),
  };
}

const unique = (paths: string[]) => [...new Set(paths)];
