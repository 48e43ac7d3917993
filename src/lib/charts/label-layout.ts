/**
 * Where a chart's own words go (values next to their points, the milestone's name, the date the
 * units changed): each label tries its places in order and takes the first that stays inside the
 * plot and touches nothing already there (points, lines, labels placed before it). A label with no
 * free place is left out: the table under the chart has every value, so nothing is lost, and no
 * label ever sits on another or is cut off.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Obstacles {
  boxes: Box[];
  segments: Segment[];
}

/** Space kept free around every label, in pixels. */
export const LABEL_GAP = 2;

export const inflate = (box: Box, by: number): Box => ({
  left: box.left - by,
  top: box.top - by,
  right: box.right + by,
  bottom: box.bottom + by,
});

export const boxesOverlap = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

export const contains = (outer: Box, inner: Box) =>
  inner.left >= outer.left &&
  inner.right <= outer.right &&
  inner.top >= outer.top &&
  inner.bottom <= outer.bottom;

/** Whether a line segment passes through a box (Liang–Barsky clipping). */
export function segmentCrosses(segment: Segment, box: Box): boolean {
  const dx = segment.x2 - segment.x1;
  const dy = segment.y2 - segment.y1;
  let from = 0;
  let to = 1;
  const edges: [number, number][] = [
    [-dx, segment.x1 - box.left],
    [dx, box.right - segment.x1],
    [-dy, segment.y1 - box.top],
    [dy, box.bottom - segment.y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) from = Math.max(from, t);
    else to = Math.min(to, t);
    if (from >= to) return false;
  }
  return true;
}

/**
 * For each label (in priority order), the index of the place it takes among its candidates, or
 * null when none is free. Placed labels become obstacles for the labels after them.
 */
export function placeLabels(
  labels: readonly (readonly Box[])[],
  obstacles: Obstacles,
  bounds: Box,
): (number | null)[] {
  const taken: Box[] = [];
  return labels.map((candidates) => {
    const index = candidates.findIndex((candidate) => {
      if (!contains(bounds, candidate)) return false;
      const padded = inflate(candidate, LABEL_GAP);
      return (
        !obstacles.boxes.some((box) => boxesOverlap(padded, box)) &&
        !taken.some((box) => boxesOverlap(padded, box)) &&
        !obstacles.segments.some((segment) => segmentCrosses(segment, padded))
      );
    });
    if (index >= 0) taken.push(candidates[index]!);
    return index >= 0 ? index : null;
  });
}
