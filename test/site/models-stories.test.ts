import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distDir, listPages } from '../../scripts/support/dist.ts';
import { loadPage, textOf } from '../support/dom.ts';
import { dataset } from '../support/downloads.ts';
import { readMdxFolder } from '../support/content-files.ts';

/** Site path of a link as written in the built HTML (the site is built at the root). */
const hrefs = (doc: Document, selector: string) =>
  [...doc.querySelectorAll<HTMLAnchorElement>(selector)].map((a) => a.getAttribute('href')!);
const modelPages = () => listPages().filter((p) => /^\/mo-hinh\/[^/]+\/$/.test(p));
const storyPages = () => listPages().filter((p) => /^\/cau-chuyen\/[^/]+\/$/.test(p));

beforeAll(assertBuilt);

describe('models, stories and plan tasks link both ways', () => {
  it('has the sample models and stories the issue asks for', () => {
    expect(modelPages().length).toBeGreaterThanOrEqual(6);
    expect(storyPages().length).toBeGreaterThanOrEqual(6);
  });

  it('every task or target a model names lists that model, and every task a story names lists that story', () => {
    let links = 0;
    for (const page of [...modelPages(), ...storyPages()]) {
      const served = hrefs(loadPage(page), '[data-serves] a');
      expect(served.length, `${page} names no task`).toBeGreaterThan(0);
      for (const href of served) {
        const back = hrefs(loadPage(href), '[data-linked-models] a, [data-linked-stories] a');
        expect(back, `${href} should list ${page}`).toContain(page);
        links += 1;
      }
    }
    expect(links).toBeGreaterThan(12);
  });

  it('a task page lists only models and stories that name it', () => {
    for (const task of listPages().filter(
      (p) => p.startsWith('/nhiem-vu/') && p.split('/').length === 5,
    )) {
      for (const item of hrefs(
        loadPage(task),
        '[data-linked-models] [data-model] > a, [data-linked-stories] [data-story] > a',
      )) {
        expect(hrefs(loadPage(item), '[data-serves] a'), `${item} is listed on ${task}`).toContain(
          task,
        );
      }
    }
  });

  it("Lai Châu's task on educating the young generation lists every story of Lai Châu, and only those", () => {
    const listed = hrefs(
      loadPage('/nhiem-vu/lai-chau-16-kh-tu/ii-4/'),
      '[data-linked-stories] [data-story] > a',
    );
    const laiChau = readMdxFolder('cau-chuyen', 0)
      .filter((story) => story.data.province === 'lai-chau')
      .map((story) => `/cau-chuyen/${story.id}/`);
    expect(laiChau.length).toBeGreaterThan(0);
    expect(listed.sort()).toEqual(laiChau.sort());
    // Every story is listed on a task of its own province's plan.
    for (const story of readMdxFolder('cau-chuyen', 0)) {
      const tasks = (story.data.tasks as string[]).filter((task) =>
        task.startsWith(story.data.province === 'lai-chau' ? 'lai-chau-' : 'lao-cai-'),
      );
      expect(tasks.length, story.id).toBeGreaterThan(0);
    }
  });
});

describe('narrowing the models list without JavaScript', () => {
  const index = () => loadPage('/mo-hinh/');

  it('every filter link leads to a pre-rendered page holding exactly the number of models it announces', () => {
    const links = [...index().querySelectorAll('[data-facet] a')];
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) {
      const announced = Number(/\((\d+)\)/.exec(textOf(link.querySelector('[data-count]')))![1]);
      const page = loadPage(link.getAttribute('href')!);
      expect(
        page.querySelectorAll('[data-model-list] [data-model]').length,
        link.getAttribute('href')!,
      ).toBe(announced);
      expect(page.querySelector('[data-facet] a[aria-current="page"]')?.getAttribute('href')).toBe(
        link.getAttribute('href'),
      );
    }
    // No script does the filtering: the only scripts are the site-wide text-size control (A−, A,
    // A+) and the offline worker's registration snippet.
    const scripts = [...index().querySelectorAll('script')].filter(
      (script) => !/co-chu|text-size|serviceWorker/.test(script.textContent),
    );
    expect(scripts).toHaveLength(0);
  });

  it('the four fields are always shown, and their counts add up to all models', () => {
    const fields = [...index().querySelectorAll('[data-facet="loc-linh-vuc"] a')].map((a) =>
      textOf(a),
    );
    expect(fields.map((f) => f.replace(/ \(\d+\)$/, ''))).toEqual([
      'Kinh tế',
      'Văn hóa – xã hội',
      'Quốc phòng – an ninh',
      'Xây dựng hệ thống chính trị',
    ]);
    const sum = fields.reduce((total, f) => total + Number(/\((\d+)\)$/.exec(f)![1]), 0);
    expect(sum).toBe(modelPages().length);
    for (const facet of ['loc-tinh', 'loc-nam']) {
      const total = [...index().querySelectorAll(`[data-facet="${facet}"] [data-count]`)].reduce(
        (t, c) => t + Number(textOf(c).slice(1, -1)),
        0,
      );
      expect(total, facet).toBe(modelPages().length);
    }
  });

  it('a field page shows only models of that field, by both provinces', () => {
    const page = loadPage('/mo-hinh/linh-vuc/kinh-te/');
    const rows = [...page.querySelectorAll('[data-model-list] [data-model]')].map((row) =>
      textOf(row),
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toContain('Lĩnh vực kinh tế');
    const provinces = [...index().querySelectorAll('[data-facet="loc-tinh"] a')].map((a) =>
      textOf(a),
    );
    expect(provinces.join(' ')).toMatch(
      /tỉnh Lào Cai \(\d+\).*tỉnh Lai Châu \(\d+\)|tỉnh Lai Châu \(\d+\).*tỉnh Lào Cai \(\d+\)/,
    );
  });

  it('the table of counts per field and year adds up to the number of models', () => {
    const cells = [...index().querySelectorAll('[data-count-table] tbody td:last-child')].map(
      (td) => Number(textOf(td)),
    );
    expect(cells).toHaveLength(4);
    expect(cells.reduce((a, b) => a + b, 0)).toBe(modelPages().length);
  });
});

describe('models as data for target 2.8', () => {
  it('lists every model with its unit as recorded, year, status, sample flag and whether 2.8 counts it', () => {
    // The address holds an index of parts; a program reads every part it lists.
    const data = {
      models: dataset(undefined, '/du-lieu/mo-hinh.json', 'models').records,
    } as unknown as {
      models: {
        id: string;
        kind: string;
        unit: string;
        yearStarted: number;
        status: string;
        sample: boolean;
        province: string;
        yearCounted: number | null;
        countedIn: string[];
      }[];
    };
    expect(data.models.map((m) => `/mo-hinh/${m.id}/`).sort()).toEqual(modelPages().sort());
    expect(data.models.find((m) => m.id === 'phin-ho-che-shan-tuyet')).toMatchObject({
      unit: 'xa-phin-ho',
      yearStarted: 2023,
      status: 'recognised',
      sample: true,
    });
    // The 2.8 series counts exactly the models flagged here (effective and replicated, in the plan's province).
    const series = JSON.parse(
      readFileSync(
        join(distDir, 'du-lieu/tien-do/lao-cai-03-kh-ccb/ii-2-8/mo-hinh-dan-van-kheo.json'),
        'utf8',
      ),
    ) as unknown;
    const counted = data.models.filter((m) => m.countedIn.includes('lao-cai-03-kh-ccb/ii-2-8'));
    expect(counted.every((m) => m.province === 'lao-cai' && m.kind === 'mo-hinh')).toBe(true);
    expect(data.models.find((m) => m.id === 'quang-kim-to-hop-tac-chuoi')).toMatchObject({
      yearCounted: 2024,
      countedIn: ['lao-cai-03-kh-ccb/ii-2-8'],
    });
    const total = JSON.stringify(series)
      .match(/"value":\s*\d+/g)
      ?.map((v) => Number(v.split(':')[1]))
      .reduce((a, b) => a + b, 0);
    expect(counted.length).toBeGreaterThan(0);
    expect(total).toBe(counted.length);
  });
});

describe('finding stories for a class', () => {
  it('each age band and theme page lists exactly the stories it announces, and all three age bands exist', () => {
    const teacher = loadPage('/giao-vien/');
    const bands = [...teacher.querySelectorAll('[data-facet="theo-lua-tuoi"] a')];
    expect(bands.map((a) => textOf(a).replace(/ \(\d+\)$/, ''))).toEqual([
      'Tiểu học',
      'THCS',
      'THPT',
    ]);
    for (const link of [...bands, ...teacher.querySelectorAll('[data-facet="theo-chu-de"] a')]) {
      const announced = Number(/\((\d+)\)/.exec(textOf(link))![1]);
      const page = loadPage(link.getAttribute('href')!);
      expect(
        page.querySelectorAll('[data-story-list] [data-story]').length,
        link.getAttribute('href')!,
      ).toBe(announced);
    }
  });

  it('a THCS teacher narrows by theme within her age band, down to a story that names its plan task', () => {
    const band = loadPage('/giao-vien/lua-tuoi/thcs/');
    const links = [...band.querySelectorAll('[data-facet="theo-chu-de-trong-lua-tuoi"] a')];
    expect(links.length).toBeGreaterThan(1);
    for (const link of links) {
      const announced = Number(/\((\d+)\)/.exec(textOf(link))![1]);
      const rows = [
        ...loadPage(link.getAttribute('href')!).querySelectorAll('[data-story-list] [data-story]'),
      ];
      expect(rows.length, link.getAttribute('href')!).toBe(announced);
      for (const row of rows) expect(textOf(row)).toMatch(/Lứa tuổi: .*THCS/);
    }
    const story = hrefs(loadPage(links[0]!.getAttribute('href')!), '[data-story] > a')[0]!;
    expect(
      hrefs(loadPage(story), '[data-serves] a').some((href) => href.startsWith('/nhiem-vu/')),
    ).toBe(true);
  });

  it('tells teachers to ask consent first and that the veteran may stop at any time', () => {
    const text = textOf(loadPage('/giao-vien/').querySelector('main'));
    expect(text).toContain('Xin phép trước');
    expect(text).toContain('Người kể có thể dừng bất cứ lúc nào');
    expect(text).toContain('im lặng không phải là đồng ý');
    const form = textOf(
      loadPage(hrefs(loadPage('/giao-vien/'), 'a[href$="phieu-dong-y/"]')[0]!).querySelector(
        'main',
      ),
    );
    expect(form).toContain('dừng buổi kể bất cứ lúc nào');
    expect(form).toContain('rút lại sự đồng ý');
  });

  it('a story page has the handout parts, reading time, narrator and rights', () => {
    for (const page of storyPages()) {
      const doc = loadPage(page);
      for (const part of ['cau-chuyen', 'tu-ngu', 'cau-hoi', 'hoat-dong'])
        expect(
          doc.querySelector(`[data-handout-part="${part}"]`),
          `${page} ${part}`,
        ).not.toBeNull();
      expect(textOf(doc.querySelector('main'))).toMatch(/Thời gian đọc: khoảng \d+ phút/);
      expect(textOf(doc.querySelector('[data-rights]'))).toMatch(
        /đồng ý ngày \d{2}\/\d{2}\/\d{4} cho việc: .+Giấy phép/,
      );
    }
  });

  it('sample stories are of real length (600–1,200 words)', () => {
    for (const page of storyPages().filter((p) =>
      loadPage(p).querySelector('article [data-sample-notice]'),
    )) {
      const words = textOf(loadPage(page).querySelector('.story-text')).split(' ').length;
      expect(words, page).toBeGreaterThanOrEqual(600);
      expect(words, page).toBeLessThanOrEqual(1200);
    }
  });
});

describe('sample content is marked wherever it shows', () => {
  it('every page showing a sample model or story carries the "Nội dung minh họa" banner', () => {
    let checked = 0;
    for (const page of listPages()) {
      const doc = loadPage(page);
      const showsSample =
        (doc.querySelector('[data-model], [data-story]') !== null &&
          /Minh họa/.test(textOf(doc.querySelector('[data-model-list], [data-story-list]')))) ||
        ((page.startsWith('/mo-hinh/') || page.startsWith('/cau-chuyen/')) &&
          page.split('/').length === 4 &&
          doc.querySelector('article') !== null);
      if (!showsSample) continue;
      checked += 1;
      // A page may carry other banners too (e.g. sample progress figures on a target page).
      expect(
        [...doc.querySelectorAll('[data-sample-notice]')].map(textOf).join(' '),
        page,
      ).toContain('Nội dung minh họa');
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('feeds flag sample items in their titles', () => {
    for (const feed of ['mo-hinh/rss.xml', 'cau-chuyen/rss.xml']) {
      const xml = readFileSync(join(distDir, feed), 'utf8');
      const titles = [...xml.matchAll(/<item><title>([^<]+)<\/title>/g)].map((m) => m[1]!);
      expect(titles.length, feed).toBeGreaterThanOrEqual(6);
      for (const title of titles) expect(title).toMatch(/^\[Nội dung minh họa\] /);
    }
  });
});

describe('link previews and images', () => {
  it('a story page has Open Graph tags', () => {
    const doc = loadPage(storyPages()[0]!);
    expect(doc.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
    expect(doc.querySelector('meta[property="og:title"]')?.getAttribute('content')).toContain(
      textOf(doc.querySelector('h1')),
    );
    expect(
      doc.querySelector('meta[property="og:description"]')?.getAttribute('content')?.length,
    ).toBeGreaterThan(40);
  });

  it('photos are responsive, lazy, sized and described', () => {
    const images = modelPages().flatMap((page) => [
      ...loadPage(page).querySelectorAll('main picture img'),
    ]);
    expect(images.length).toBeGreaterThan(0);
    for (const img of images) {
      expect(img.getAttribute('alt')!.length).toBeGreaterThan(10);
      expect(img.getAttribute('loading')).toBe('lazy');
      expect(Number(img.getAttribute('width'))).toBeGreaterThan(0);
      expect(Number(img.getAttribute('height'))).toBeGreaterThan(0);
      expect(img.getAttribute('srcset')).toMatch(/ 360w, .+ 1080w/);
    }
  });
});
