import { toIsoDate } from './format/date.ts';
import { comparePublishedNewestFirst } from './order.ts';

/** Items a news feed (rss.xml) holds: the newest, so a feed reader's download stays small. */
export const FEED_SIZE = 50;

/** The items of a feed: the most recently published FEED_SIZE, newest first (same day: as given). */
export function feedEntries<T extends { data: { published: string } }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => comparePublishedNewestFirst(a.data, b.data)).slice(0, FEED_SIZE);
}

/** One feed item from a model or story: sample items say so in the title, so no reader mistakes them. */
export function feedItem(
  item: { published: string; summary: string; sample: boolean },
  title: string,
  link: string,
) {
  return {
    title: item.sample ? `[Nội dung minh họa] ${title}` : title,
    link,
    pubDate: new Date(`${toIsoDate(item.published)}T00:00:00+07:00`),
    description: item.summary,
  };
}
