import type { APIRoute, GetStaticPaths } from 'astro';
import { planSavedSet } from '../../../data/saved-sets.ts';
import { getPlans } from '../../../data/plans.ts';

/** A plan's saved set (issue 17): its pages; the offline integration adds the files they load. */
export const getStaticPaths = (async () =>
  (await getPlans()).map((plan) => ({ params: { plan: plan.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { title, pages } = await planSavedSet(params.plan!);
  return Response.json({ title, pages });
};
