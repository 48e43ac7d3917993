// @ts-check
/**
 * Runs after Sveltia CMS on the editing page: before each save, the entry's data goes through our
 * save step (src/admin/save-steps.js), so the file written is the one the checker expects.
 */
import { dataForSaving } from './save-steps.js';

/**
 * @typedef {object} ImmutableMap Sveltia's entry (an Immutable.js map, as in Netlify/Decap CMS).
 * @property {(key: string) => unknown} get
 * @property {(key: string, value: unknown) => ImmutableMap} set
 * @property {() => Record<string, unknown>} toJS
 * @typedef {{ registerEventListener(listener: { name: string; handler: (event: { entry: ImmutableMap }) => unknown }): void }} SveltiaCms
 */

const cms = /** @type {{ CMS: SveltiaCms }} */ (/** @type {unknown} */ (window)).CMS;
cms.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const path = String(entry.get('path'));
    const data = /** @type {ImmutableMap} */ (entry.get('data')).toJS();
    return entry.set('data', dataForSaving(path, data));
  },
});
