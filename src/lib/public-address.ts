/**
 * The public address of the site: canonical links, og:url, the sitemap, robots.txt and the RSS
 * feeds all name it. A build for publishing (`npm run build`, what every host and the deploy
 * workflow run) must have a real one; local builds (`npm start`, `npm test`) pass LOCAL_ADDRESS
 * explicitly (`astro build --site …`), and `astro dev` gets it by default.
 */

/** The address of local builds: `npm start` serves them on this port. */
export const LOCAL_ADDRESS = 'http://localhost:4321';

/**
 * The configured public address: SITE_URL (set by the host or the deploy workflow) wins over
 * `url` in the site settings; a missing, empty or non-text value means "none".
 */
export function configuredAddress(
  siteUrl: string | undefined,
  settings: unknown,
): string | undefined {
  if (siteUrl) return siteUrl;
  const url =
    settings && typeof settings === 'object' && 'url' in settings ? settings.url : undefined;
  return typeof url === 'string' && url !== '' ? url : undefined;
}

/** What a publishing build without a public address prints (in Vietnamese) before stopping. */
export function missingAddressReport(settingsFile: string): string {
  return [
    'Chưa có địa chỉ công khai của trang, nên chưa dựng được bản để đăng: liên kết chuẩn (canonical),',
    'thẻ Open Graph, sơ đồ trang, robots.txt và tin RSS đều phải ghi địa chỉ thật của trang.',
    'Cách sửa (một trong hai cách):',
    `  • ghi địa chỉ vào trường "url" trong ${settingsFile}, ví dụ: url: "https://ccb.example.vn"`,
    '  • hoặc đặt biến môi trường SITE_URL khi dựng trang (GitHub: Settings → Secrets and variables → Actions → Variables).',
    'Chỉ muốn xem trang trên máy mình thì chạy: npm start',
  ].join('\n');
}
