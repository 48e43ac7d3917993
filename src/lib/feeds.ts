import { toIsoDate } from './format/date.ts';

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
