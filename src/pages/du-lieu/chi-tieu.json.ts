import type { APIRoute } from 'astro';
import { getMeasured } from '../../data/targets.ts';
import { TARGET_KINDS } from '../../schemas/target.ts';

/**
 * Machine-readable target definitions: what each target measures and its milestones. Aims the
 * editors track are included with `kind: "tracked"` and a `kindLabel` saying they are not targets.
 */
export const GET: APIRoute = async () => {
  const entries = await getMeasured();
  const body = entries.map((entry) => ({
    id: entry.id,
    kindLabel: TARGET_KINDS[entry.data.kind],
    ...entry.data,
  }));
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
