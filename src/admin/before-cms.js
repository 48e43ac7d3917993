// @ts-check
/**
 * Runs before Sveltia CMS on the editing page (/admin/). Sveltia fetches a few things from other
 * sites at run time: its interface strings from a CDN, a "new version?" check and GitHub's status
 * page. The page's policy (src/lib/csp.ts) allows only our own site and GitHub's API, so these are
 * answered here instead, before any request leaves: the Vietnamese strings from our own copy
 * (vi.json, served beside this file), the other two with "not available", which Sveltia takes as
 * "nothing to report". The interface is always Vietnamese.
 */
(() => {
  const here = /** @type {HTMLScriptElement} */ (document.currentScript).src;
  const LOCALE = /^https:\/\/unpkg\.com\/@sveltia\/cms@[^/]+\/locales\/vi\.json$/;
  const UNAVAILABLE = [
    /^https:\/\/unpkg\.com\//,
    /^https:\/\/www\.githubstatus\.com\//,
    /^https:\/\/cdn\.jsdelivr\.net\//,
  ];
  const original = window.fetch.bind(window);
  /** @type {typeof window.fetch} */
  window.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (LOCALE.test(url)) return original(new URL('./vi.json', here), init);
    if (UNAVAILABLE.some((pattern) => pattern.test(url)))
      return Promise.resolve(new Response(null, { status: 404, statusText: 'Not Found' }));
    return original(input, init);
  };
  // Sveltia follows the browser's language and offers to switch to it (in that language): the
  // page speaks Vietnamese whatever the browser's setting.
  Object.defineProperty(navigator, 'language', { value: 'vi-VN', configurable: true });
  Object.defineProperty(navigator, 'languages', {
    value: Object.freeze(['vi-VN', 'vi']),
    configurable: true,
  });
  const PREFS = 'sveltia-cms.prefs';
  /** @type {Record<string, unknown>} */
  let prefs = {};
  try {
    prefs =
      /** @type {Record<string, unknown>} */ (JSON.parse(localStorage.getItem(PREFS) ?? '{}')) ??
      {};
  } catch {
    // Unreadable preferences are replaced.
  }
  localStorage.setItem(PREFS, JSON.stringify({ ...prefs, locale: 'vi' }));
})();
