import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getModelsByPublication } from '../../data/models.ts';
import { siteSettings } from '../../data/site.ts';
import { feedEntries, feedItem } from '../../lib/feeds.ts';
import { modelPath, sitePath } from '../../lib/urls.ts';

/** The newest "Dân vận khéo" models (FEED_SIZE at most). */
export async function GET(context: APIContext) {
  const models = await getModelsByPublication();
  return rss({
    title: `Mô hình “Dân vận khéo” – ${siteSettings().name}`,
    description: 'Các mô hình, điển hình “Dân vận khéo” của cựu chiến binh mới được đăng.',
    site: new URL(sitePath(), context.site).href,
    customData: '<language>vi</language>',
    items: feedEntries(models).map((model) =>
      feedItem(model.data, model.data.name, modelPath(model.id)),
    ),
  });
}
