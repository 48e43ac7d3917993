import { ageBandSet, planSet, type SavedSet } from '../lib/offline/saved-sets.ts';
import { planLabel } from '../lib/plans.ts';
import { getPlans } from './plans.ts';
import { getStories } from './stories.ts';
import { getTargets } from './targets.ts';
import { getTasks } from './tasks.ts';
import { getThemes } from './themes.ts';
import { AGE_BANDS, AGE_BAND_NAMES, type AgeBand } from '../schemas/story.ts';

/**
 * The sets "Lưu để đọc khi không có mạng" saves (issue 17), from the content: one per plan, one per
 * age band that has stories. The pages that show the buttons and the endpoints that publish the
 * manifests (src/pages/ngoai-tuyen/) both read them here, so they always agree.
 */

export async function planSavedSet(planId: string): Promise<SavedSet> {
  const plan = (await getPlans()).find((p) => p.id === planId);
  if (!plan) throw new Error(`No plan "${planId}"`);
  const [tasks, targets] = await Promise.all([getTasks(planId), getTargets(planId)]);
  return planSet(
    { id: plan.id, title: planLabel(plan.data) },
    tasks.map((task) => task.id),
    targets.map((target) => target.id),
  );
}

export interface AgeBandSavedSet extends SavedSet {
  band: AgeBand;
  /** "THCS", as the teachers' page names the band. */
  shortName: string;
  stories: number;
}

/** One set per age band with at least one story, in school order. */
export async function ageBandSavedSets(): Promise<AgeBandSavedSet[]> {
  const [stories, themes] = await Promise.all([getStories(), getThemes()]);
  return (Object.keys(AGE_BANDS) as AgeBand[]).flatMap((band) => {
    const inBand = stories.filter((story) => story.data.ageBands.includes(band));
    if (!inBand.length) return [];
    const bandThemes = themes
      .map((theme) => ({
        id: theme.id,
        stories: inBand.filter((story) => story.data.themes.includes(theme.id)).length,
      }))
      .filter((theme) => theme.stories > 0);
    const set = ageBandSet(
      { id: band, title: `Câu chuyện cho học sinh ${AGE_BAND_NAMES[band]}` },
      bandThemes,
      inBand.map((story) => story.id),
    );
    return [{ ...set, band, shortName: AGE_BANDS[band], stories: inBand.length }];
  });
}
