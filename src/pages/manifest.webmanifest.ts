import type { APIRoute } from 'astro';
import { APP_ICONS, BACKGROUND_COLOUR, THEME_COLOUR } from '../lib/app-icon.ts';
import { siteSettings } from '../data/site.ts';
import { sitePath } from '../lib/urls.ts';

/** Shown under the icon on a phone's home screen, where about 12 letters fit. */
const SHORT_NAME = 'CCB biên giới';

/** The web app manifest (issue 17): the site installs on a phone's home screen, in Vietnamese. */
export const GET: APIRoute = () => {
  const site = siteSettings();
  return new Response(
    JSON.stringify(
      {
        id: sitePath(),
        name: site.name,
        short_name: SHORT_NAME,
        description: site.description,
        lang: 'vi',
        dir: 'ltr',
        start_url: sitePath(),
        scope: sitePath(),
        display: 'standalone',
        theme_color: THEME_COLOUR,
        background_color: BACKGROUND_COLOUR,
        icons: APP_ICONS.filter((icon) => icon.file !== 'apple-touch-icon.png').map((icon) => ({
          src: sitePath(`icons/${icon.file}`),
          type: icon.type,
          sizes: icon.sizes,
          purpose: icon.purpose,
        })),
      },
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
};
