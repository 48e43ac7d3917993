import { getCollection } from 'astro:content';
import { memoized } from '../lib/memoized.ts';
import { unitsById, type Units } from '../lib/units.ts';

/** Read once per build, like the kept lists (src/data/kept.ts): almost every page asks for them. */
const units = memoized(async () =>
  unitsById((await getCollection('units')).map((unit) => unit.data)),
);

/** Units (content/don-vi.yaml) by id, for the functions of src/lib/units.ts. */
export async function getUnits(): Promise<Units> {
  return units(undefined);
}
