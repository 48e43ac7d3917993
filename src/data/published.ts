import { getCollection } from 'astro:content';
import { sectionLabel } from '../lib/anchors.ts';
import { memoized } from '../lib/memoized.ts';
import { figureLine, figuresOf, type FigureLine } from '../lib/published.ts';
import { targetPath } from '../lib/urls.ts';
import type { PublishedFigure } from '../schemas/published-figure.ts';
import { getTargets } from './targets.ts';
import { getUnits } from './units.ts';

/** Figures published by official bodies or the press (content/so-lieu-cong-bo.yaml), in file order. */
export async function getPublishedFigures(): Promise<PublishedFigure[]> {
  return (await getCollection('published')).map((entry) => entry.data);
}

/** Every target's link, as a figure that informs it names it: made once per build, not per page. */
const targetLinks = memoized(async (): Promise<Record<string, { href: string; label: string }>> =>
  Object.fromEntries(
    (await getTargets()).map((target) => [
      target.id,
      {
        href: targetPath(target.id),
        label: `Chỉ tiêu ${sectionLabel(target.data.number ?? '')}`,
      },
    ]),
  ),
);

/** What the "Số liệu đã công bố" section of one province shows: its figures and the targets they inform. */
export async function getFigureSection(province: string): Promise<{
  lines: FigureLine[];
  targets: Readonly<Record<string, { href: string; label: string }>>;
}> {
  const [figures, units, targets] = await Promise.all([
    getPublishedFigures(),
    getUnits(),
    targetLinks(undefined),
  ]);
  return {
    lines: figuresOf(figures, province, units).map((figure) => figureLine(figure, units)),
    targets,
  };
}
