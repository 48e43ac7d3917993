import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { feedItem } from '../../lib/feeds.ts';
import { getStories } from '../../lib/models-stories.ts';
import { siteConfig } from '../../lib/site-config.ts';
import { sitePath, storyPath } from '../../lib/urls.ts';

/** Newly published veterans' stories. */
export async function GET(context: APIContext) {
  const stories = await getStories();
  return rss({
    title: `Chuyện kể cựu chiến binh – ${siteConfig.name}`,
    description: 'Chuyện kể của cựu chiến binh cho nhà trường mới được đăng.',
    site: new URL(sitePath(), context.site).href,
    customData: '<language>vi</language>',
    items: stories.map((story) => feedItem(story, story.data.title, storyPath(story.id))),
  });
}
