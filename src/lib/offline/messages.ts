/**
 * What pages and the service worker say to each other (issue 17), over a MessageChannel: the
 * registration snippet asks the worker to keep the page that was opened before it ran, and the
 * save buttons ask it to save, count or remove a set.
 */
export type OfflineRequest =
  | { type: 'keep'; page: string; files: string[] }
  | { type: 'save' | 'status' | 'remove'; set: string };

export type OfflineReply =
  | { type: 'kept' | 'removed' | 'error' }
  /** `date`: dd/mm/yyyy of the newest copy. */
  | { type: 'saved'; pages: number; failed: number; date: string }
  | { type: 'status'; pages: number; date?: string }
  /** The save would pass MAX_SAVED_PAGES. */
  | { type: 'full'; max: number };
