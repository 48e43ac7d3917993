// Screenshots of our own editing page (/admin/) for HUONG-DAN-BIEN-TAP.md, taken in Chromium from
// the built site (run `npm run build:local` first), with GitHub's API answered by a stand-in (no account,
// a made-up token). Writes small JPEG files to public/huong-dan/ (or GUIDE_SHOTS_DIR).
//   node scripts/guide-screenshots.ts
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from './support/browser.ts';
import { addItem, choose, field, fillNumber } from './support/cms-form.ts';
import { assertBuilt, distDir } from './support/dist.ts';
import { FakeGitHub, repositoryFiles } from './support/fake-github.ts';
import { serveStatic } from './support/static-server.ts';

const OUT = process.env.GUIDE_SHOTS_DIR || 'public/huong-dan';
const REPOSITORY = 'hoi-ccb/ccb-bien-gioi';

assertBuilt();
mkdirSync(OUT, { recursive: true });
const site = await serveStatic(distDir);
const browser = await launchBrowser();
const shots: string[] = [];

async function shoot(page: Page, name: string) {
  const path = join(OUT, `${name}.jpg`);
  await page.waitForTimeout(300);
  await page.screenshot({ path, type: 'jpeg', quality: 60 });
  shots.push(path);
}

try {
  const context = await browser.newContext({
    viewport: { width: 1100, height: 720 },
    locale: 'vi-VN',
    deviceScaleFactor: 1,
  });
  const github = new FakeGitHub(REPOSITORY, repositoryFiles(process.cwd(), ['content']));
  await github.attach(context);
  await context.route('**/admin/config.yml*', async (route) => {
    const response = await route.fetch();
    const text = (await response.text()).replace(/^( {2})repo: .+$/m, `$1repo: ${REPOSITORY}`);
    await route.fulfill({ response, body: text });
  });
  const page = await context.newPage();
  await page.goto(`${site.url}admin/`);
  await page.getByRole('button', { name: 'Đăng nhập bằng mã truy cập' }).waitFor();
  await shoot(page, '1-dang-nhap');

  await page.getByRole('button', { name: 'Đăng nhập bằng mã truy cập' }).click();
  await page.getByRole('textbox', { name: 'Mã truy cập cá nhân' }).fill('github_pat_11AAAA…');
  await shoot(page, '2-dan-ma-truy-cap');
  await page.getByRole('textbox', { name: 'Mã truy cập cá nhân' }).fill('ghp_maMinhHoa');
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await page.getByRole('treeitem', { name: 'Câu chuyện cựu chiến binh' }).waitFor();
  await shoot(page, '3-danh-sach');

  await page.getByRole('button', { name: 'Tạo bài viết mới' }).click();
  await field(page, 'Tiêu đề').waitFor();
  await shoot(page, '4-cau-chuyen-moi');

  await page.getByRole('button', { name: 'Hủy chỉnh sửa' }).click();
  await page.getByRole('treeitem', { name: 'Số liệu tiến độ' }).click();
  await page.getByRole('row', { name: /^II\.2\.5 / }).click();
  const series = field(page, 'Các chuỗi số liệu');
  await series.getByRole('button', { name: 'Mở rộng', exact: true }).nth(1).focus();
  await page.keyboard.press('Enter');
  const points = await addItem(series, 'Các số liệu');
  await choose(points, 'Kỳ báo cáo', 'Cả năm 2026');
  await fillNumber(points, 'Giá trị (%)', 140);
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await field(points, 'Giá trị (%)').getByText('tỷ lệ nằm ngoài khoảng 0–100').waitFor();
  await field(points, 'Giá trị (%)').scrollIntoViewIfNeeded();
  await shoot(page, '5-so-lieu-bi-tu-choi');
  await context.close();
} finally {
  await browser.close();
  await site.close();
}
console.log(`Đã chụp ${shots.length} ảnh: ${shots.join(', ')}`);
