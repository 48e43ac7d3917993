import type { APIRoute, GetStaticPaths } from 'astro';
import {
  pageScripts,
  sveltiaFiles,
  sveltiaFonts,
  sveltiaLibraries,
} from '../../data/editing-page.ts';
import { ADMIN_CSS, ADMIN_FILES } from '../../lib/admin/page.ts';

/** The editing page's other files, all served from our own site (none from a CDN). */
const files: Record<string, { type: string; body: () => string | Buffer }> = {
  [ADMIN_FILES.cms]: { type: 'text/javascript; charset=utf-8', body: sveltiaFiles.script },
  [ADMIN_FILES.strings]: { type: 'application/json; charset=utf-8', body: sveltiaFiles.vietnamese },
  ...Object.fromEntries(
    Object.entries(sveltiaFonts).map(([name, body]) => [
      `fonts/${name}`,
      { type: 'font/woff2', body },
    ]),
  ),
  ...Object.fromEntries(
    Object.entries(sveltiaLibraries()).map(([path, body]) => [
      path,
      { type: 'text/javascript; charset=utf-8', body },
    ]),
  ),
  [ADMIN_FILES.style]: { type: 'text/css; charset=utf-8', body: () => ADMIN_CSS },
  [ADMIN_FILES.before]: { type: 'text/javascript; charset=utf-8', body: () => pageScripts.before },
  [ADMIN_FILES.start]: { type: 'text/javascript; charset=utf-8', body: () => pageScripts.start },
  [ADMIN_FILES.saveSteps]: {
    type: 'text/javascript; charset=utf-8',
    body: () => pageScripts.saveSteps,
  },
};

export const getStaticPaths = (() =>
  Object.keys(files).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = files[params.file!]!;
  const body = file.body();
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    headers: { 'Content-Type': file.type },
  });
};
