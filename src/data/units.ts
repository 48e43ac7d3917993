import { getCollection } from 'astro:content';
import { unitsById, type Units } from '../lib/units.ts';

/** Units (content/don-vi.yaml) by id, for the functions of src/lib/units.ts. */
export async function getUnits(): Promise<Units> {
  return unitsById((await getCollection('units')).map((unit) => unit.data));
}
