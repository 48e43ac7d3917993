import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { browserAvailable, openPage } from '../../scripts/support/browser.ts';
import { builtSiteInBrowser } from '../support/built-site-browser.ts';
import {
  addItem,
  choose,
  field,
  fillDate,
  fillNumber,
  fillText,
  toggle,
} from '../../scripts/support/cms-form.ts';
import {
  FakeGitHub,
  repositoryFiles,
  type RecordedCommit,
} from '../../scripts/support/fake-github.ts';
import { copyOfContent, temporaryFolder } from '../support/temporary-folder.ts';

/**
 * The editing page (/admin/) in Chromium, as an editor uses it: signs in with a token, adds a
 * story and a 2026 progress figure through the forms. GitHub's API is answered by the test at the
 * network layer (scripts/support/fake-github.ts); the test reads what the page committed and runs
 * the checker (`npm run check`'s script) on a copy of the content with those files in it.
 */

const REPOSITORY = 'hoi-ccb/ccb-bien-gioi';
const TOKEN = 'ghp_maThuNghiemKhongCoThat0000000000000';
const CHECK_SCRIPT = resolve('scripts/check.ts');

/** Every request the page makes that leaves our site, other than GitHub's API. */
function watchOtherSites(page: Page, origin: string): string[] {
  const other: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('https://api.github.com/')) other.push(url);
  });
  return other;
}

/**
 * The built site names no repository (content/trang-web.yaml says `repository: null`, so the page
 * names a placeholder): the test names one, as a build on GitHub Actions would (GITHUB_REPOSITORY).
 */
async function withRepository(context: BrowserContext) {
  await context.route('**/admin/config.yml*', async (route) => {
    const response = await route.fetch();
    const text = (await response.text()).replace(/^( {2})repo: .+$/m, `$1repo: ${REPOSITORY}`);
    await route.fulfill({ response, body: text });
  });
}

async function signIn(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('button', { name: 'Đăng nhập bằng mã truy cập' }).click();
  await page.getByRole('textbox', { name: 'Mã truy cập cá nhân' }).fill(TOKEN);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await page.getByRole('treeitem', { name: 'Câu chuyện cựu chiến binh' }).waitFor();
}

/** Runs the checker on a copy of content/ with the committed files written into it. */
function checkWith(files: Record<string, Buffer>) {
  const { root } = copyOfContent(temporaryFolder('ccb-admin-'));
  for (const [path, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), bytes);
  }
  const run = spawnSync(process.execPath, [CHECK_SCRIPT], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, SITE_CONTENT_DIR: '' },
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

function frontmatterOf(text: string) {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`no frontmatter in:\n${text}`);
  return { data: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
}

/** `npm run check`'s script accepts the content with these files in it. */
function expectAccepted(files: Record<string, Buffer>) {
  const check = checkWith(files);
  expect(check.output).toContain('Nội dung hợp lệ');
  expect(check.status).toBe(0);
}

/** The page asked GitHub nothing the stand-in does not know, and nothing of any other site. */
function expectNothingElse(session: {
  github: FakeGitHub;
  otherSites: string[];
  errors: string[];
}) {
  expect(session.github.unhandled).toEqual([]);
  expect(session.otherSites).toEqual([]);
  expect(session.errors).toEqual([]);
}

const filesOf = (commits: readonly RecordedCommit[]) =>
  Object.assign({}, ...commits.map((commit) => commit.bytes)) as Record<string, Buffer>;

/** The story the editor types, field by field. */
const STORY = {
  title: 'Chiếc đài bán dẫn ở chốt biên phòng',
  narrator: {
    name: 'Trần Văn B (nhân vật minh họa)',
    birthYear: 1960,
    homePlace: { current: 'xã Sìn Hồ, tỉnh Lai Châu' },
    militaryUnit: 'Một đơn vị bộ đội địa phương (phiên hiệu lược bỏ)',
    service: { from: 1978, to: 1985 },
    front: 'Bảo vệ biên giới phía Bắc (1979–1989)',
    honours: ['Huy chương Chiến sĩ vẻ vang hạng Ba'],
    living: true,
  },
  summary:
    'Ở chốt biên phòng trên núi, cả tiểu đội chung nhau một chiếc đài bán dẫn. Tối nào các chú cũng nghe tin tức, nghe ca nhạc và viết thư về nhà.',
  province: 'lai-chau',
  ageBands: ['thcs'],
  themes: ['giao-duc-the-he-tre'],
  period: 'Biên giới phía Bắc 1979–1989',
  keyWords: [{ term: 'Chốt', meaning: 'Nơi đóng quân nhỏ của bộ đội để canh giữ một vùng.' }],
  questions: [
    'Vì sao chiếc đài lại quý với các chú bộ đội trên chốt?',
    'Em giữ liên lạc với người thân ở xa bằng cách nào?',
  ],
  activities: ['Viết một bức thư ngắn gửi các chú bộ đội biên phòng.'],
  recording: {
    by: 'Ban biên tập (bản minh họa, không có buổi ghi âm thật)',
    date: '01/10/2026',
    place: 'xã Sìn Hồ, tỉnh Lai Châu',
  },
  rights: {
    consent: {
      givenBy: 'Người kể (nhân vật minh họa)',
      scope: 'đăng lời kể trên trang web và dùng trong trường học',
      date: '02/10/2026',
      record: 'phiếu đồng ý minh họa; câu chuyện mẫu không có phiếu thật',
    },
    licence: 'CC BY 4.0',
  },
  photos: [
    {
      src: './anh/tuan-tra-moc-gioi-minh-hoa.png',
      alt: 'Tranh vẽ hai người lính đi tuần bên cột mốc biên giới trên sườn núi',
      credit: 'Tranh minh họa',
      illustration: true,
    },
  ],
  tasks: ['lai-chau-16-kh-tu/ii-4'],
  published: '05/11/2026',
  sample: true,
};
/** A drawn illustration the site already ships, uploaded as the story's photo. */
const PHOTO = 'content/mo-hinh/anh/tuan-tra-moc-gioi-minh-hoa.png';
const STORY_BODY = 'Năm ấy chốt của chúng tôi ở trên đỉnh núi, mây phủ quanh năm.';

/**
 * The editors' sessions run side by side (maxConcurrency in vitest.site.config.ts), each in its own
 * browser context with its own stand-in GitHub: most of a session is waiting on the form.
 */
const sideBySide = describe.runIf(browserAvailable()).concurrent;

sideBySide('the editing page (/admin/) in a real browser', () => {
  const suite = builtSiteInBrowser();

  /** Signs in on a fresh page. A tall window shows a whole long form at once (Sveltia draws a
   * field only once it scrolls into view); a short one suits short forms. */
  async function editingPage(height = 6000) {
    const github = new FakeGitHub(REPOSITORY, repositoryFiles(process.cwd(), ['content']));
    const page = await openPage(suite.browser, { viewport: { width: 1280, height } });
    const context = page.context();
    await github.attach(context);
    await withRepository(context);
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const otherSites = watchOtherSites(page, suite.site.origin);
    await signIn(page, `${suite.site.url}admin/`);
    return { page, github, errors, otherSites };
  }

  it('an editor adds a story with a photo through the form; the pull request holds exactly those files, which the checker accepts', async ({
    expect,
  }) => {
    const session = await editingPage();
    const { page, github } = session;
    try {
      await page.getByRole('button', { name: 'Tạo bài viết mới' }).click();
      await fillText(page, 'Tiêu đề', STORY.title);
      const narrator = field(page, 'Người kể');
      await fillText(narrator, 'Họ tên người kể', STORY.narrator.name);
      await fillNumber(narrator, 'Năm sinh', STORY.narrator.birthYear);
      await fillText(narrator, 'Tên hiện nay', STORY.narrator.homePlace.current);
      await fillText(narrator, 'Đơn vị từng phục vụ', STORY.narrator.militaryUnit);
      await fillNumber(narrator, 'Năm nhập ngũ', STORY.narrator.service.from);
      await fillNumber(narrator, 'Năm xuất ngũ', STORY.narrator.service.to);
      await fillText(narrator, 'Chiến trường, thời kỳ', STORY.narrator.front);
      await addItem(narrator, 'Danh hiệu, huân huy chương');
      await fillText(narrator, 'Danh hiệu, huân huy chương', STORY.narrator.honours[0]!);
      await toggle(narrator, 'Còn sống');
      await fillText(page, 'Tóm tắt', STORY.summary);
      await choose(page, 'Tỉnh của câu chuyện', 'tỉnh Lai Châu');
      await choose(page, 'Lứa tuổi', 'THCS');
      await choose(page, 'Chủ đề', 'Giáo dục thế hệ trẻ');
      await fillText(page, 'Thời kỳ lịch sử', STORY.period);
      const keyWords = await addItem(page, 'Từ ngữ cần giải nghĩa');
      await fillText(keyWords, 'Từ ngữ', STORY.keyWords[0]!.term);
      await fillText(keyWords, 'Giải nghĩa', STORY.keyWords[0]!.meaning);
      for (const question of STORY.questions) {
        const list = await addItem(page, 'Câu hỏi thảo luận');
        await fillText(list, 'Câu hỏi', question);
      }
      const activities = await addItem(page, 'Hoạt động gợi ý');
      await fillText(activities, 'Hoạt động', STORY.activities[0]!);
      const recording = field(page, 'Thông tin ghi chép');
      await fillText(recording, 'Người ghi', STORY.recording.by);
      await fillDate(recording, 'Ngày ghi', STORY.recording.date);
      await fillText(recording, 'Nơi ghi', STORY.recording.place);
      const consent = field(page, 'Sự đồng ý của người kể hoặc gia đình');
      await fillText(consent, 'Người đồng ý', STORY.rights.consent.givenBy);
      await fillText(consent, 'Đồng ý cho việc gì', STORY.rights.consent.scope);
      await fillDate(consent, 'Ngày đồng ý', STORY.rights.consent.date);
      await fillText(consent, 'Hình thức ghi nhận sự đồng ý', STORY.rights.consent.record);
      await fillText(page, 'Giấy phép sử dụng', STORY.rights.licence);
      const photos = await addItem(page, 'Ảnh');
      await field(photos, 'Tệp ảnh').getByRole('button', { name: 'Duyệt tệp' }).click();
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('dialog').getByRole('button', { name: 'Tải lên' }).click();
      await (await chooser).setFiles(PHOTO);
      await page.getByRole('dialog').getByRole('button', { name: 'Chèn' }).click();
      await fillText(photos, 'Lời mô tả ảnh (alt)', STORY.photos[0]!.alt);
      await fillText(photos, 'Tác giả ảnh', STORY.photos[0]!.credit);
      await toggle(photos, 'Là tranh minh họa');
      await choose(page, 'Nhiệm vụ phục vụ', /^II\.4 .*16-KH\/TU/);
      await fillDate(page, 'Ngày đăng', STORY.published);
      await toggle(page, 'Nội dung minh họa');
      const body = field(page, 'Lời kể').locator('[contenteditable="true"]').first();
      await body.scrollIntoViewIfNeeded();
      await body.click();
      await page.keyboard.type(STORY_BODY);
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      await expect.poll(() => github.pullRequests.length, { timeout: 20_000 }).toBe(1);

      const path = 'content/cau-chuyen/chiec-dai-ban-dan-o-chot-bien-phong.mdx';
      const photo = 'content/cau-chuyen/anh/tuan-tra-moc-gioi-minh-hoa.png';
      const files = filesOf(github.commits);
      expect(Object.keys(files).sort()).toEqual([photo, path]);
      // The photo is committed beside the story, byte for byte.
      expect(files[photo]!.equals(readFileSync(PHOTO))).toBe(true);
      const saved = frontmatterOf(files[path]!.toString('utf8'));
      expect(saved.data).toEqual(STORY);
      expect(saved.body.trim()).toBe(STORY_BODY);
      // A branch and a pull request into main: nothing reaches main without the checker.
      expect(github.commits.every((commit) => commit.branch !== 'main')).toBe(true);
      expect(github.pullRequests[0]).toMatchObject({
        base: 'main',
        head: github.commits[0]!.branch,
      });
      expect([...github.tokens]).toEqual([`token ${TOKEN}`]);

      expectAccepted(files);
      expectNothingElse(session);
    } finally {
      await page.context().close();
    }
  });

  /** Opens a target's progress file and adds a figure to the series of the given unit. */
  async function addFigure(page: Page, target: RegExp, seriesIndex: number, value: number) {
    await page.getByRole('treeitem', { name: 'Số liệu tiến độ' }).click();
    await page.getByRole('row', { name: target }).click();
    const series = field(page, 'Các chuỗi số liệu');
    // The item's header lies over its small expand button: a keyboard user's way in.
    await series.getByRole('button', { name: 'Mở rộng', exact: true }).nth(seriesIndex).focus();
    await page.keyboard.press('Enter');
    const points = await addItem(series, 'Các số liệu');
    await choose(points, 'Kỳ báo cáo', 'Cả năm 2026');
    await fillNumber(points, 'Giá trị (%)', value);
    await fillNumber(points, 'Tử số', 39);
    await fillNumber(points, 'Mẫu số', 40);
    // 2026 is not over on the day the figures are current to: its figure is an estimate.
    await toggle(points, 'Số ước');
    await toggle(points, 'Số liệu minh họa');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    return points;
  }

  it('an editor adds a 2026 figure of one unit to a target; the pull request changes only that file, which the checker accepts', async ({
    expect,
  }) => {
    const session = await editingPage(1000);
    const { page, github } = session;
    try {
      // Target II.2.5 (a rate): its second series is tỉnh Lào Cai, with figures up to 2025.
      await addFigure(page, /^II\.2\.5 /, 1, 97.5);
      await expect.poll(() => github.pullRequests.length, { timeout: 20_000 }).toBe(1);

      const path = 'content/tien-do/lao-cai-03-kh-ccb/ii-2-5.json';
      const files = filesOf(github.commits);
      expect(Object.keys(files)).toEqual([path]);
      const before = JSON.parse(readFileSync(path, 'utf8')) as {
        series: { unit: string; points: Record<string, unknown>[] }[];
      };
      const expected = structuredClone(before);
      expect(expected.series[1]!.unit).toBe('lao-cai');
      expected.series[1]!.points.push({
        period: '2026',
        value: 97.5,
        numerator: 39,
        denominator: 40,
        estimate: true,
        sample: true,
        source: 'Số liệu minh họa',
      });
      expect(JSON.parse(files[path]!.toString('utf8'))).toEqual(expected);
      // Written like the hand-made files, so the pull request shows only the new figure.
      expect(files[path]!.toString('utf8')).toBe(`${JSON.stringify(expected, null, 2)}\n`);

      expectAccepted(files);
      expectNothingElse(session);
    } finally {
      await page.context().close();
    }
  });

  it('refuses a rate of 140 in the form, with the checker’s words, and opens no pull request', async ({
    expect,
  }) => {
    const { page, github } = await editingPage(1000);
    try {
      const point = await addFigure(page, /^II\.2\.5 /, 1, 140);
      const value = field(point, 'Giá trị (%)');
      await expect
        .poll(() => value.innerText())
        .toContain('tỷ lệ nằm ngoài khoảng 0–100: ghi tỷ lệ phần trăm từ 0 đến 100');
      expect(github.commits).toEqual([]);
      expect(github.pullRequests).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  // Sveltia lets a draft be unfinished, and for an empty required field it shows only its own
  // "Trường bắt buộc." (it drops pattern messages for empty values); the schema's own help for the
  // consent ("… — bắt buộc") is shown under the group.
  it('keeps a story without the narrator’s consent a draft: sending it for review is refused at the consent fields', async ({
    expect,
  }) => {
    const { page, github } = await editingPage();
    try {
      await page.getByRole('button', { name: 'Tạo bài viết mới' }).click();
      await fillText(page, 'Tiêu đề', STORY.title);
      // A draft may be unfinished: it is saved as a draft pull request, which the checker flags.
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      await expect.poll(() => github.pullRequests.length, { timeout: 20_000 }).toBe(1);
      await page.getByRole('row', { name: STORY.title, exact: true }).click();
      await page.getByRole('button', { name: /^Trạng thái/ }).click();
      await page.getByRole('menuitemradio', { name: 'Đang duyệt' }).click();
      const consent = field(page, 'Sự đồng ý của người kể hoặc gia đình');
      await expect
        .poll(() => field(consent, 'Người đồng ý').innerText())
        .toContain('Trường bắt buộc.');
      await expect(consent.innerText()).resolves.toContain(
        'Ai đồng ý, cho việc gì, ngày nào — bắt buộc',
      );
      await expect(
        page.getByRole('button', { name: /^Trạng thái/ }).innerText(),
      ).resolves.toContain('Bản nháp');
      expect(github.pullRequests).toMatchObject([{ draft: true, labels: ['sveltia-cms/draft'] }]);
    } finally {
      await page.context().close();
    }
  });
});
