import { getCollection, type CollectionEntry } from 'astro:content';
import { keptList } from './kept.ts';

/** Themes shared by all plans (content/chu-de.yaml), in the file's order. */

export type Theme = CollectionEntry<'themes'>;

const themes = keptList(() => getCollection('themes'));

export async function getThemes(): Promise<Theme[]> {
  return themes();
}
