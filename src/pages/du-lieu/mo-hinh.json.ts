import { getModels, getUnitRecords, modelFacts } from '../../lib/models-stories.ts';
import { modelsPerUnitYear } from '../../lib/models/facets.ts';

/**
 * Machine-readable models: one row per model, and models started per unit per year (target 2.8),
 * counted on the unit as recorded (as it was that year). Sample records are flagged and left out of the counts.
 */
export async function GET() {
  const [models, units] = await Promise.all([getModels(), getUnitRecords()]);
  const facts = models.map((model) => modelFacts(model, units));
  const body = {
    models: facts.map(({ id, field, unit, yearStarted, status, sample, province, commune }) => ({ id, field, unit, yearStarted, status, sample, province, commune })),
    perUnitYear: modelsPerUnitYear(facts),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
