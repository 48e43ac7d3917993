import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { feedItem } from '../../lib/feeds.ts';
import { byNewest, getModels } from '../../lib/models-stories.ts';
import { siteConfig } from '../../lib/site-config.ts';
import { modelPath, sitePath } from '../../lib/urls.ts';

/** Newly published "Dân vận khéo" models. */
export async function GET(context: APIContext) {
  const models = (await getModels()).sort(byNewest);
  return rss({
    title: `Mô hình “Dân vận khéo” – ${siteConfig.name}`,
    description: 'Các mô hình, điển hình “Dân vận khéo” của cựu chiến binh mới được đăng.',
    site: new URL(sitePath(), context.site).href,
    customData: '<language>vi</language>',
    items: models.map((model) => feedItem(model, model.data.name, modelPath(model.id))),
  });
}
