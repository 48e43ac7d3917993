import { getModels, getUnitRecords, modelFacts } from '../../lib/models-stories.ts';
import { countsTowardTarget28 } from '../../lib/progress/load.ts';

/**
 * Machine-readable models: one row per model, with its unit as recorded (as it was that year) and
 * whether it counts toward target 2.8. The yearly counts themselves are published once, with the
 * target's progress data (its CSV and JSON downloads), so there is one count, not two.
 */
export async function GET() {
  const [models, units] = await Promise.all([getModels(), getUnitRecords()]);
  const facts = models.map((model) => modelFacts(model, units));
  const body = {
    models: models.map((model, index) => {
      const { id, field, unit, yearStarted, status, sample, province, commune } = facts[index]!;
      return {
        id,
        kind: model.data.kind,
        field,
        unit,
        yearStarted,
        status,
        sample,
        province,
        commune,
        countsTowardTarget28: countsTowardTarget28(model.data),
      };
    }),
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
