import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { siteSettings } from '../../data/site.ts';
import { getStories } from '../../data/stories.ts';
import { feedEntries, feedItem } from '../../lib/feeds.ts';
import { sitePath, storyPath } from '../../lib/urls.ts';

/** The newest veterans' stories (FEED_SIZE at most). */
export async function GET(context: APIContext) {
  const stories = await getStories();
  return rss({
    title: `Chuyện kể cựu chiến binh – ${siteSettings().name}`,
    description: 'Chuyện kể của cựu chiến binh cho nhà trường mới được đăng.',
    site: new URL(sitePath(), context.site).href,
    customData: '<language>vi</language>',
    items: feedEntries(stories).map((story) =>
      feedItem(story.data, story.data.title, storyPath(story.id)),
    ),
  });
}
