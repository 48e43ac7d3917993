import { splitDownload } from '../lib/downloads.ts';
import { yearCounted } from '../lib/progress/derive.ts';
import { withinProvince } from '../lib/units.ts';
import { TARGET_KINDS } from '../schemas/target.ts';
import { getListedModels } from './models.ts';
import { getModelCountTargets } from './progress.ts';
import { getMeasured } from './targets.ts';
import { getUnits } from './units.ts';

/**
 * The machine-readable downloads that grow with the content (du-lieu/mo-hinh.json,
 * du-lieu/chi-tieu.json), split into parts (src/lib/downloads.ts); the index endpoints and the
 * part endpoints both read them here, so they always agree.
 */

/**
 * One row per model, with its unit as recorded (as it was that year), the year it met target 2.8
 * as written (working effectively and replicated; null if it has not) and the targets whose counts
 * include it (only those of a plan of its own province). The yearly counts themselves are published
 * once, with the target's progress data (its CSV and JSON downloads).
 */
async function modelRecords() {
  const units = await getUnits();
  const [models, countTargets] = await Promise.all([
    getListedModels(units),
    getModelCountTargets(),
  ]);
  return models.map(
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
  );
}

/**
 * Target definitions: what each target measures and its milestones. Aims the editors track are
 * included with `kind: "tracked"` and a `kindLabel` saying they are not targets.
 */
async function targetRecords() {
  return (await getMeasured()).map((entry) => ({
    id: entry.id,
    kindLabel: TARGET_KINDS[entry.data.kind],
    ...entry.data,
  }));
}

let models: ReturnType<typeof splitModels> | undefined;
const splitModels = async () => splitDownload('mo-hinh', 'models', await modelRecords());
/** du-lieu/mo-hinh.json (the index) and du-lieu/mo-hinh/phan-N.json, records under "models". */
export const modelDownload = () => (models ??= splitModels());

let targets: ReturnType<typeof splitTargets> | undefined;
const splitTargets = async () => splitDownload('chi-tieu', 'targets', await targetRecords());
/** du-lieu/chi-tieu.json (the index) and du-lieu/chi-tieu/phan-N.json, records under "targets". */
export const targetDownload = () => (targets ??= splitTargets());

/** A JSON download as published: indented, UTF-8. */
export function jsonResponse(body: unknown): Response {
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
