import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getModelsByPublication } from '../../data/models.ts';
import { siteSettings } from '../../data/site.ts';
import { feedItem } from '../../lib/feeds.ts';
import { modelPath, sitePath } from '../../lib/urls.ts';

/** Newly published "Dân vận khéo" models. */
export async function GET(context: APIContext) {
  const models = await getModelsByPublication();
  return rss({
    title: `Mô hình “Dân vận khéo” – ${siteSettings().name}`,
    description: 'Các mô hình, điển hình “Dân vận khéo” của cựu chiến binh mới được đăng.',
    site: new URL(sitePath(), context.site).href,
    customData: '<language>vi</language>',
    items: models.map((model) => feedItem(model.data, model.data.name, modelPath(model.id))),
  });
}
