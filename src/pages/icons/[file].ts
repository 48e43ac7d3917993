import type { APIRoute, GetStaticPaths } from 'astro';
import { APP_ICONS, drawAppIcon, type AppIcon } from '../../lib/app-icon.ts';

/** The app icons (issue 17), drawn at build time by src/lib/app-icon.ts. */
export const getStaticPaths = (() =>
  APP_ICONS.map((icon) => ({
    params: { file: icon.file },
    props: { icon },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { icon } = props as { icon: AppIcon };
  const body = drawAppIcon(icon);
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    headers: { 'Content-Type': icon.type },
  });
};
