import { getListedModels } from '../../data/models.ts';
import { getModelCountTargets } from '../../data/progress.ts';
import { getUnits } from '../../data/units.ts';
import { yearCounted } from '../../lib/progress/derive.ts';
import { withinProvince } from '../../lib/units.ts';

/**
 * Machine-readable models: one row per model, with its unit as recorded (as it was that year), the
 * year it met target 2.8 as written (working effectively and replicated; null if it has not) and the
 * targets whose counts include it (only those of a plan of its own province). The yearly counts
 * themselves are published once, with the target's progress data (its CSV and JSON downloads).
 */
export async function GET() {
  const units = await getUnits();
  const [models, countTargets] = await Promise.all([
    getListedModels(units),
    getModelCountTargets(),
  ]);
  const body = {
    models: models.map(
      ({ entry, id, field, unit, yearStarted, status, sample, province, commune }) => {
        const year = yearCounted(entry.data) ?? null;
        return {
          id,
          kind: entry.data.kind,
          field,
          unit,
          yearStarted,
          yearEffective: entry.data.yearEffective ?? null,
          yearReplicated: entry.data.yearReplicated ?? null,
          status,
          sample,
          province,
          commune,
          yearCounted: year,
          countedIn:
            year === null
              ? []
              : countTargets
                  .filter((target) => withinProvince(entry.data.unit, target.province, units))
                  .map((target) => target.id),
        };
      },
    ),
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
