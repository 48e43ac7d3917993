import { getCollection, type CollectionEntry } from 'astro:content';

/** Themes shared by all plans (content/chu-de.yaml), in the file's order. */

export type Theme = CollectionEntry<'themes'>;

export async function getThemes(): Promise<Theme[]> {
  return getCollection('themes');
}
