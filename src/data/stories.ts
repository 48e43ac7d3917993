import { getCollection, type CollectionEntry } from 'astro:content';
import { comparePublishedNewestFirst } from '../lib/order.ts';
import { keptList } from './kept.ts';

/** Veterans' stories for schools (content/cau-chuyen/). */

export type Story = CollectionEntry<'stories'>;

const stories = keptList(async () =>
  (await getCollection('stories')).sort((a, b) => comparePublishedNewestFirst(a.data, b.data)),
);

/** Stories, most recently published first. */
export async function getStories(): Promise<Story[]> {
  return stories();
}
