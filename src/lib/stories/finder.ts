import { AGE_BANDS, type AgeBand, type StoryData } from '../../schemas/story.ts';
import type { CountedLink, LinkGroup } from '../link-groups.ts';
import { teacherPath } from '../urls.ts';

/**
 * The teachers' story lists: one pre-rendered page per age band, per theme, and per theme within
 * an age band ("THCS, chủ đề Quốc phòng…"), reached by plain links that say how many stories each holds.
 */

/** Which stories a list holds: of an age band, on a theme, or both. */
export interface StoryFilter {
  band?: AgeBand;
  theme?: string;
}

type Tagged = { data: Pick<StoryData, 'ageBands' | 'themes'> };

export function storiesFor<S extends Tagged>(stories: readonly S[], filter: StoryFilter): S[] {
  return stories.filter(
    (story) =>
      (!filter.band || story.data.ageBands.includes(filter.band)) &&
      (!filter.theme || story.data.themes.includes(filter.theme)),
  );
}

/** The address of a list: /giao-vien/lua-tuoi/thcs/, /giao-vien/chu-de/…/, /giao-vien/lua-tuoi/thcs/…/. */
export function storyListPath(filter: StoryFilter): string {
  if (filter.band)
    return teacherPath(`lua-tuoi/${filter.band}/${filter.theme ? `${filter.theme}/` : ''}`);
  return teacherPath(filter.theme ? `chu-de/${filter.theme}/` : '');
}

export interface ThemeRef {
  id: string;
  data: { name: string };
}

/**
 * Every list page there is: each age band, each theme, and each theme within an age band, that
 * holds at least one story (the finder links to exactly these).
 */
export function storyListPages<T extends ThemeRef>(
  stories: readonly Tagged[],
  themes: readonly T[],
): { bands: AgeBand[]; themes: T[]; bandThemes: { band: AgeBand; theme: T }[] } {
  const holds = (filter: StoryFilter) => storiesFor(stories, filter).length > 0;
  const bands = (Object.keys(AGE_BANDS) as AgeBand[]).filter((band) => holds({ band }));
  return {
    bands,
    themes: themes.filter((theme) => holds({ theme: theme.id })),
    bandThemes: bands.flatMap((band) =>
      themes.filter((theme) => holds({ band, theme: theme.id })).map((theme) => ({ band, theme })),
    ),
  };
}

/** Links to the lists that hold at least one story, each with its count. */
function linksTo(
  stories: readonly Tagged[],
  lists: readonly (StoryFilter & { label: string })[],
  current: string | undefined,
): CountedLink[] {
  return lists
    .map(({ label, ...filter }) => {
      const href = storyListPath(filter);
      return { href, label, count: storiesFor(stories, filter).length, current: current === href };
    })
    .filter((link) => link.count > 0);
}

/**
 * The story finder: by age band, then (on an age band's page) that band's themes, then by theme
 * for all ages. `current` is the address of the page showing it.
 */
export function storyFinderGroups(
  stories: readonly Tagged[],
  themes: readonly ThemeRef[],
  options: { current?: string; band?: AgeBand } = {},
): LinkGroup[] {
  const { current, band } = options;
  const bands = (Object.entries(AGE_BANDS) as [AgeBand, string][]).map(([id, label]) => ({
    band: id,
    label,
  }));
  const onTheme = (filter: StoryFilter) =>
    themes.map((theme) => ({ ...filter, theme: theme.id, label: theme.data.name }));
  return [
    { heading: 'Theo lứa tuổi', id: 'theo-lua-tuoi', links: linksTo(stories, bands, current) },
    ...(band
      ? [
          {
            heading: `Chủ đề cho lứa tuổi ${AGE_BANDS[band]}`,
            id: 'theo-chu-de-trong-lua-tuoi',
            links: linksTo(stories, onTheme({ band }), current),
          },
        ]
      : []),
    {
      heading: 'Theo chủ đề (mọi lứa tuổi)',
      id: 'theo-chu-de',
      links: linksTo(stories, onTheme({}), current),
    },
  ];
}
