import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CONTENT_DIR } from '../content-types.ts';
import { siteSchema, type SiteData } from '../schemas/site.ts';

let settings: SiteData | undefined;

/** Site-wide settings from content/trang-web.yaml (or SITE_CONTENT_DIR's copy), read once per build. */
export function siteSettings(): SiteData {
  settings ??= siteSchema.parse(parse(readFileSync(join(CONTENT_DIR, 'trang-web.yaml'), 'utf8')));
  return settings;
}
