import { parse } from 'yaml';
import raw from '../../content/trang-web.yaml?raw';
import { siteSchema, type SiteData } from '../schemas/site.ts';

/** Site-wide settings from content/trang-web.yaml, validated. */
export const siteConfig: SiteData = siteSchema.parse(parse(raw));
