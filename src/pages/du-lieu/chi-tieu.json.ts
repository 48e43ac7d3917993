import type { APIRoute } from 'astro';
import { getTargets } from '../../data/targets.ts';

/** Machine-readable target definitions: what each target measures and its milestones. */
export const GET: APIRoute = async () => {
  const targets = await getTargets();
  const body = targets.map((target) => ({ id: target.id, ...target.data }));
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
