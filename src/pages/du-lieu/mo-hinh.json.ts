import { getListedModels } from '../../data/models.ts';
import { getUnits } from '../../data/units.ts';
import { countsTowardTarget28 } from '../../lib/progress/derive.ts';

/**
 * Machine-readable models: one row per model, with its unit as recorded (as it was that year) and
 * whether it counts toward target 2.8. The yearly counts themselves are published once, with the
 * target's progress data (its CSV and JSON downloads), so there is one count, not two.
 */
export async function GET() {
  const models = await getListedModels(await getUnits());
  const body = {
    models: models.map(
      ({ entry, id, field, unit, yearStarted, status, sample, province, commune }) => ({
        id,
        kind: entry.data.kind,
        field,
        unit,
        yearStarted,
        status,
        sample,
        province,
        commune,
        countsTowardTarget28: countsTowardTarget28(entry.data),
      }),
    ),
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
