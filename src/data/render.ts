import { render, type CollectionEntry, type CollectionKey } from 'astro:content';

/** An entry's MDX body as a component (pages pass it the components the body may use). */
export async function renderBody<C extends CollectionKey>(entry: CollectionEntry<C>) {
  return (await render(entry)).Content;
}

/** What renderBody gives: the body as a component. */
export type Body = Awaited<ReturnType<typeof renderBody>>;
