import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

/** Debian's Chromium; no browser is ever downloaded. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const INSTALL_HINT =
  'Chưa có trình duyệt Chromium. Cài bằng một lệnh: sudo apt-get install -y chromium';

/**
 * Whether browser suites can run. Under CI a missing browser is a failure, never a skip;
 * on a developer's machine the suite is skipped with a loud message saying how to install it.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI)
    throw new Error(`${INSTALL_HINT} (CI=true: thiếu trình duyệt là lỗi, không được bỏ qua).`);
  console.warn(
    `\n\n⚠⚠⚠ ${INSTALL_HINT}\n⚠⚠⚠ Các bài kiểm tra trên trình duyệt bị BỎ QUA trên máy này.\n\n`,
  );
  return false;
}

/**
 * No background connections out of a closed network, and no request to another site ever leaves
 * the machine: every name but the local server's fails to resolve at once (a page gate reports the
 * attempt, see test/support/page-gates.ts).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Chromium with a fresh, empty profile (Playwright gives each launch one). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/** A phone-sized page, Vietnamese locale, optionally with JavaScript off. */
export async function openPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'vi-VN',
    ...options,
  });
  return context.newPage();
}
