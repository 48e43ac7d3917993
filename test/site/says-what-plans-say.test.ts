import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContentText, readMdxFolder, readYamlList } from '../support/content-files.ts';
import { assertBuilt, listPages, readPage } from '../../scripts/support/dist.ts';
import { loadPage, textOf } from '../support/dom.ts';
import { dataset } from '../support/downloads.ts';
import { STATUS_NAMES } from '../support/statuses.ts';

/**
 * The built site says no more than the plans: what it calls a target, how it names statuses and
 * units, how it quotes milestones, what it adds to (or leaves out of) an official text, what
 * sample content claims, and where published figures come from. Everything here is read from the
 * built pages and the content files, never through the site's own code.
 */

beforeAll(assertBuilt);

/** Text of every page, once. */
const pages = () => listPages().map((path) => ({ path, text: textOf(loadPage(path).body) }));

/** Every number a plan's original prints at the start of a line ("2.8 Phấn đấu…", "1.Các cấp…"). */
const printedNumbers = (() => {
  const dir = join(process.cwd(), 'content', 'ke-hoach', 'nguon');
  const numbers = new Set<string>();
  for (const file of readdirSync(dir))
    for (const match of readFileSync(join(dir, file), 'utf8').matchAll(
      /^\s*(\d+(?:\.\d+)*)[.\s]/gm,
    ))
      numbers.add(match[1]!);
  return numbers;
})();

describe('what the site calls a target', () => {
  it('never calls anything "Chỉ tiêu" with a section number the source text lacks', () => {
    const seen: string[] = [];
    for (const { path, text } of pages()) {
      for (const match of text.matchAll(/Chỉ tiêu[ ,·:]*(?:mục )?([IVX]+(?:\.[0-9a-z]+)+)/g)) {
        const number = match[1]!;
        const printed = number.split('.').slice(1).join('.');
        seen.push(number);
        expect(printedNumbers.has(printed), `${path}: "${match[0]}" (printed ${printed})`).toBe(
          true,
        );
      }
      expect(text, path).not.toContain('II.1.a');
    }
    expect(seen.length).toBeGreaterThan(20);
  });

  it('shows the Lai Châu plan as stating no target, and the aim the editors track as theirs', () => {
    const list = loadPage('/chi-tieu/');
    expect(textOf(list.querySelector('[data-plan="lai-chau-16-kh-tu"] [data-no-targets]'))).toBe(
      'Văn bản này không đặt chỉ tiêu nào.',
    );
    const aim = loadPage('/theo-doi/lai-chau-16-kh-tu/lam-viec-voi-hoi/');
    expect(textOf(aim.querySelector('[data-eyebrow]'))).toBe(
      'Việc theo dõi do ban biên tập đặt ra từ nhiệm vụ II.1',
    );
    expect(textOf(aim.querySelector('[data-tracked-explainer]'))).toContain(
      'không phải chỉ tiêu của văn bản',
    );
    // Scoped to the actors the sentence names, not to the Association's levels.
    expect(textOf(aim.querySelector('main'))).toMatch(
      /Áp dụng cho\s*Lãnh đạo cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc Việt Nam các cấp trong tỉnh/,
    );
    expect(textOf(aim.querySelector('main'))).not.toContain('mọi cấp Hội');
    // Its milestone is the editors', said so, and starts in the year of issue like every target.
    expect(textOf(aim.querySelector('main'))).toContain('Mốc theo dõi (ban biên tập đặt)');
    expect(textOf(aim.querySelector('main'))).toContain('từ 2025 đến 2030');
  });

  it('counts only the targets the plans state', () => {
    const targets = readMdxFolder('chi-tieu', 1).filter((t) => t.data.kind !== 'tracked');
    expect(textOf(loadPage('/').querySelector('main'))).toContain(
      `${targets.length} chỉ tiêu, mỗi chỉ tiêu có biểu đồ`,
    );
    expect(targets).toHaveLength(9);
  });

  it('states one rule for when tracking starts, applied to both plans', () => {
    const method = textOf(loadPage('/phuong-phap-danh-gia/').querySelector('main'));
    expect(method).toContain(
      'việc theo dõi bắt đầu từ năm văn bản được ban hành, kể cả khi năm đó chỉ còn ít tuần',
    );
    expect(method).toContain(
      'Kế hoạch số 03/KH-CCB ban hành ngày 07/11/2022: theo dõi từ năm 2022',
    );
    expect(method).toContain('Kế hoạch số 16-KH/TU ban hành ngày 13/11/2025: theo dõi từ năm 2025');
  });
});

describe('statuses, units and milestones in the same words everywhere', () => {
  it('gives every status badge one of the names the method page defines', () => {
    let badges = 0;
    for (const path of listPages()) {
      for (const badge of loadPage(path).querySelectorAll('.status-badge')) {
        badges++;
        expect(STATUS_NAMES, `${path}: ${textOf(badge)}`).toContain(textOf(badge).slice(2));
      }
    }
    expect(badges).toBeGreaterThan(30);
  });

  it('judges no sample figure: outside the method page, no badge says "Đạt" while every figure is sample', () => {
    for (const path of listPages().filter((p) => p !== '/phuong-phap-danh-gia/')) {
      for (const badge of loadPage(path).querySelectorAll('.status-badge'))
        expect(badge.getAttribute('data-status'), path).not.toBe('met');
    }
    const progress = loadPage('/tien-do/');
    const models = progress.querySelector('li.overview-card[data-measure="mo-hinh-dan-van-kheo"]')!;
    expect(textOf(models.querySelector('.status-badge'))).toContain('Minh họa, không đánh giá');
  });

  it('names every unit that ended on 30/06/2025 with "(trước 01/07/2025)" wherever it is shown', () => {
    for (const path of listPages().filter(
      (p) => /^\/(chi-tieu|theo-doi|tien-do|mo-hinh)\//.test(p) || p === '/',
    )) {
      const text = textOf(loadPage(path).querySelector('main'));
      for (const name of ['huyện Bát Xát', 'huyện Mường Khương', 'xã Phìn Hồ, huyện Sìn Hồ']) {
        for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
          const after = text.slice(at + name.length);
          const before = text.slice(Math.max(0, at - 60), at);
          // Named as it was ("… (trước 01/07/2025)"), or as the former name beside today's one.
          const dated =
            after.startsWith(' (trước 01/07/2025)') || /\(trước 01\/07\/2025: [^)]*$/.test(before);
          expect(dated, `${path}: "…${before.slice(-30)}[${name}]${after.slice(0, 30)}…"`).toBe(
            true,
          );
        }
      }
    }
    // The former province's series is never named as if it were today's.
    const page = loadPage('/chi-tieu/lao-cai-03-kh-ccb/ii-2-4/');
    const group = page.querySelector('tbody[data-unit-group="lao-cai-cu"]')!;
    expect(textOf(group.querySelector('tr.unit-name'))).toBe('tỉnh Lào Cai (trước 01/07/2025)');
    expect(group.querySelectorAll('tr[data-unit="lao-cai-cu"]')).toHaveLength(4);
  });

  it('gives an ended unit its final standing, with no projection past its end', () => {
    const page = loadPage('/chi-tieu/lao-cai-03-kh-ccb/ii-2-9/');
    const old = page.querySelector(
      'section[data-measure="ty-le-chi-hoi-ung-dung-cntt"] li[data-unit="lao-cai-cu"]',
    )!;
    expect(old.getAttribute('data-ended')).toBe('true');
    expect(textOf(old)).toContain('tỉnh Lào Cai (trước 01/07/2025) (kết quả cuối cùng)');
    expect(textOf(old)).toContain('không ước tính tiếp');
    expect(textOf(old)).not.toContain('vào khoảng');
  });

  it('quotes milestones as the text words them: “100%”, never "từ 100 % trở lên"', () => {
    for (const { path, text } of pages()) {
      expect(text, path).not.toMatch(/từ 100\s?% trở lên/);
      expect(text, path).not.toContain('giữ nhịp');
    }
    expect(textOf(loadPage('/chi-tieu/lao-cai-03-kh-ccb/ii-2-9/').querySelector('main'))).toContain(
      '“100%”, đạt chậm nhất vào năm 2030',
    );
    expect(textOf(loadPage('/chi-tieu/lao-cai-03-kh-ccb/ii-2-6/').querySelector('main'))).toContain(
      '“100% cán bộ” mỗi năm',
    );
    // A milestone the text gives no number for is said to be the editors'.
    expect(textOf(loadPage('/chi-tieu/lao-cai-03-kh-ccb/ii-2-7/').querySelector('main'))).toContain(
      'mốc do ban biên tập đặt; văn bản không ghi số',
    );
  });

  it("keeps the text's “trở lên” in each title that quotes a percentage", () => {
    for (const target of readMdxFolder('chi-tieu', 1).filter((t) => t.data.kind !== 'tracked')) {
      const body = target.body.replace(/<EditorNote>[\s\S]*?<\/EditorNote>/g, '');
      for (const [phrase, percent] of (target.data.title ?? '').matchAll(/(\d+)%/g)) {
        const inText = new RegExp(`${percent}% trở lên`).test(body);
        const inTitle = new RegExp(`${phrase} trở lên`).test(target.data.title ?? '');
        expect(inTitle, `${target.id}: ${target.data.title}`).toBe(inText);
      }
    }
    expect(textOf(loadPage('/chi-tieu/lao-cai-03-kh-ccb/ii-2-5/').querySelector('h1'))).toContain(
      '98% trở lên',
    );
  });

  it('explains each technical word of the method page in one line', () => {
    const method = loadPage('/phuong-phap-danh-gia/');
    const glossary = [...method.querySelectorAll('[data-glossary] dt')].map(textOf);
    const text = textOf(method.querySelector('main'));
    for (const word of [
      'ngoại suy',
      'cộng dồn',
      'số ước',
      'nhiệm kỳ',
      'ngày chốt số liệu',
      'số cộng chung',
    ]) {
      expect(text.toLowerCase(), word).toContain(word);
      expect(
        glossary.some((term) => term.toLowerCase().includes(word)),
        `"${word}" is explained`,
      ).toBe(true);
    }
    for (const dd of method.querySelectorAll('[data-glossary] dd'))
      expect(textOf(dd).split(/[.;] /).length, textOf(dd)).toBeLessThanOrEqual(2);
  });

  it('never judges the unfinished year 2026: its figures are marked estimates and not judged', () => {
    for (const path of listPages().filter((p) => /^\/(chi-tieu|theo-doi)\//.test(p))) {
      for (const row of loadPage(path).querySelectorAll('tr[data-period^="2026"]')) {
        const cells = [...row.querySelectorAll('td')].map(textOf);
        expect(
          cells.some((c) => c.startsWith('Chưa đánh giá (')),
          `${path} ${textOf(row)}`,
        ).toBe(true);
      }
    }
    const tienDo = textOf(loadPage('/tien-do/').querySelector('main'));
    expect(tienDo).toContain(
      'Số liệu cập nhật đến ngày 20/11/2026; năm trọn vẹn gần nhất là năm 2025.',
    );
  });
});

describe('per-unit targets and the merged province', () => {
  it('judges a per-unit target on its units, never on a province total', () => {
    const progress = loadPage('/tien-do/');
    const households = progress.querySelector('li.overview-card[data-measure="ho-thoat-ngheo"]')!;
    expect(textOf(households.querySelector('[data-latest]'))).toContain(
      'số cộng chung của tỉnh Lào Cai',
    );
    expect(textOf(households.querySelector('[data-reason]'))).toContain(
      '“chưa đánh giá được: cần số liệu từng đơn vị”',
    );
    const models = progress.querySelector('li.overview-card[data-measure="mo-hinh-dan-van-kheo"]')!;
    expect(textOf(models.querySelector('[data-latest]'))).toMatch(
      /^\d+\/\d+ xã, phường có số liệu đạt mốc \(2025\)$/,
    );
  });

  it('counts target 2.8 per commune every year, 0 without a model effective and replicated', () => {
    const { rows } = JSON.parse(
      readPage('/du-lieu/tien-do/lao-cai-03-kh-ccb/ii-2-8/mo-hinh-dan-van-kheo.json'),
    ) as { rows: { unit: string; period: string; value: number; sample: boolean }[] };
    // Quang Kim's model was replicated in 2024: 1 that year, 0 in 2022 and 2023; every row sample.
    expect(rows.filter((r) => r.unit === 'xa-quang-kim').map((r) => [r.period, r.value])).toEqual([
      ['2022', 0],
      ['2023', 0],
      ['2024', 1],
    ]);
    // Every commune of the province has its row for the last complete year (2025), if it existed then.
    expect(
      rows
        .filter((r) => r.period === '2025')
        .map((r) => r.unit)
        .sort(),
    ).toEqual(['xa-bat-xat', 'xa-coc-lau']);
    expect(rows.every((r) => r.sample)).toBe(true);
    // No Lai Châu model counts toward a Lào Cai target.
    const models = {
      models: dataset(undefined, '/du-lieu/mo-hinh.json', 'models').records,
    } as unknown as {
      models: { id: string; province: string; countedIn: string[] }[];
    };
    for (const model of models.models.filter((m) => m.province !== 'lao-cai'))
      expect(model.countedIn, model.id).toEqual([]);
  });

  it('states the reading of the 2022 plan after 01/07/2025 as the editors’ assumption, on each Lào Cai target', () => {
    for (const target of readMdxFolder('chi-tieu', 1).filter(
      (t) => t.data.plan === 'lao-cai-03-kh-ccb',
    )) {
      const note = loadPage(`/chi-tieu/${target.id}/`).querySelector('[data-reading-assumption]');
      expect(textOf(note), target.id).toMatch(
        /^Giả định của ban biên tập: Kế hoạch 03\/KH-CCB sau ngày 01\/07\/2025/,
      );
    }
    expect(
      loadPage('/phuong-phap-danh-gia/').querySelector('[data-reading-assumption]'),
    ).not.toBeNull();
    expect(
      loadPage('/theo-doi/lai-chau-16-kh-tu/lam-viec-voi-hoi/').querySelector(
        '[data-reading-assumption]',
      ),
    ).toBeNull();
  });
});

describe('the document pages add nothing to the official text', () => {
  it('prints no signature mark the document lacks, and the document type as printed', () => {
    for (const plan of readMdxFolder('ke-hoach', 0)) {
      const page = loadPage(`/ke-hoach/${plan.id}/`);
      const document = textOf(page.querySelector('section.document'));
      expect(document, plan.id).not.toMatch(/\(Đã ký( số)?\)/);
      const header = page.querySelector('.document-header + div p')!;
      expect(textOf(header)).toBe('KẾ HOẠCH');
      expect(header.getAttribute('class') ?? '').not.toContain('uppercase');
    }
  });

  it("labels the metadata the editors worked out as theirs, and shows no 'thời kỳ thực hiện' the text lacks", () => {
    const laiChau = loadPage('/ke-hoach/lai-chau-16-kh-tu/');
    const meta = textOf(laiChau.querySelector('[aria-labelledby="thong-tin-van-ban"]'));
    expect(meta).not.toContain('Thời kỳ thực hiện');
    expect(meta).toContain('Năm theo dõi trên trang (ban biên tập đặt) 2025–2030.');
    expect(meta).toContain('không có trong văn bản');
    expect(textOf(loadPage('/ke-hoach/').querySelector('thead'))).toContain(
      'Năm theo dõi (ban biên tập đặt)',
    );
  });

  it('marks the original’s slips wherever its summary or signer shows, and hedges guesses', () => {
    const noteAfter = (text: string, words: string) => {
      const at = text.indexOf(words);
      expect(at, words).toBeGreaterThanOrEqual(0);
      return text.slice(at + words.length, at + words.length + 3);
    };
    for (const path of ['/ke-hoach/', '/ke-hoach/lao-cai-03-kh-ccb/']) {
      const text = textOf(loadPage(path).querySelector('main'));
      expect(noteAfter(text, 'củaMặt'), path).toMatch(/^\(\w\)|^\[\d/);
      expect(noteAfter(text, '29 - NQ/TU'), path).toMatch(/^\(\w\)|^\[\d/);
    }
    const plan = loadPage('/ke-hoach/lao-cai-03-kh-ccb/');
    expect(noteAfter(textOf(plan.querySelector('[data-signer]')), 'Hoang Văn Thông')).toBe('(a)');
    const notes = textOf(plan.querySelector('.editor-notes'));
    expect(notes).toContain('có lẽ là viết tắt của “tương đương”');
    expect(notes).toContain('phỏng đoán của ban biên tập');
  });
});

describe('sample content borrows no real authority', () => {
  it('names no real body for a sample recognition or award, and no real-looking decision number', () => {
    for (const model of readMdxFolder('mo-hinh', 0).filter((m) => m.data.sample)) {
      const text = textOf(loadPage(`/mo-hinh/${model.id}/`).querySelector('main'));
      expect(text, model.id).not.toMatch(
        /Ban Dân vận|Hội Cựu chiến binh tỉnh Lai Châu,|MH-01|Quyết định số/,
      );
      const recognition = (model.data.recognition ?? []) as { body: string }[];
      for (const r of recognition) expect(text).toContain(`${r.body}`);
      for (const r of recognition) expect(r.body, model.id).toContain('(minh họa)');
    }
  });

  it('gives guides and README obviously made-up numbers only', () => {
    for (const file of ['README.md', 'HUONG-DAN-BIEN-TAP.md', 'HUONG-DAN-MO-HINH-CAU-CHUYEN.md']) {
      const text = readFileSync(join(process.cwd(), file), 'utf8');
      expect(text, file).not.toMatch(/125-QĐ\/BDVHU|45\/BC-CCB/);
    }
  });

  it('links each story to the plan of its own province', () => {
    const plans = Object.fromEntries(
      readMdxFolder('ke-hoach', 0).map((plan) => [plan.id, plan.data.province as string]),
    );
    for (const story of readMdxFolder('cau-chuyen', 0)) {
      const province = story.data.province as string;
      const page = loadPage(`/cau-chuyen/${story.id}/`);
      const links = [...page.querySelectorAll('[data-serves] a')].map((a) =>
        a.getAttribute('href')!,
      );
      expect(links.length, story.id).toBeGreaterThan(0);
      for (const href of links) {
        const plan = /\/nhiem-vu\/([^/]+)\//.exec(href)![1]!;
        if (plans[plan] !== province)
          expect(page.querySelector('[data-serves-note]'), `${story.id} → ${href}`).not.toBeNull();
      }
    }
  });

  it('keeps samples consistent with themselves and with history', () => {
    // From 1976 to 1991 Lào Cai was part of Hoàng Liên Sơn: no 1980s service "in tỉnh Lào Cai".
    for (const story of readMdxFolder('cau-chuyen', 0)) {
      const narrator = story.data.narrator as { militaryUnit: string; service: { to: number } };
      if (narrator.service.to < 1991)
        expect(narrator.militaryUnit, story.id).not.toMatch(/tỉnh Lào Cai(?!\))(?! \()/);
    }
    const patrol = readContentText('mo-hinh/khong-lao-to-tu-quan-duong-bien.mdx');
    expect(patrol).toContain('mỗi tháng hai lần');
    expect(patrol).toMatch(/value: 24, unit: "lượt", year: 2025/);
    // The organisations rated (2.5) include every branch counted for 2.9, in the same year.
    const series = (file: string) =>
      (
        JSON.parse(readContentText(`tien-do/lao-cai-03-kh-ccb/${file}`)) as {
          series: { unit: string; points: { period: string; denominator?: number }[] }[];
        }
      ).series;
    for (const organisations of series('ii-2-5.json'))
      for (const point of organisations.points) {
        const branches = series('ii-2-9.json')
          .find((s) => s.unit === organisations.unit)
          ?.points.find((p) => p.period === point.period);
        if (branches?.denominator)
          expect(point.denominator!, `${organisations.unit} ${point.period}`).toBeGreaterThan(
            branches.denominator,
          );
      }
  });
});

describe('published figures, with their sources', () => {
  const figures = readYamlList('so-lieu-cong-bo.yaml') as unknown as {
    id: string;
    value: number;
    source: { publisher: string; url: string; date?: string };
  }[];

  it('are listed for each province on /tien-do/ and on each plan page, apart from the target series', () => {
    const tienDo = loadPage('/tien-do/');
    const sections = [...tienDo.querySelectorAll('[data-published-figures]')];
    expect(sections.map((s) => textOf(s.querySelector('h3')))).toEqual([
      'Số liệu đã công bố: tỉnh Lai Châu',
      'Số liệu đã công bố: tỉnh Lào Cai',
    ]);
    for (const plan of readMdxFolder('ke-hoach', 0))
      expect(
        loadPage(`/ke-hoach/${plan.id}/`).querySelector('[data-published-figures]'),
        plan.id,
      ).not.toBeNull();
    for (const section of sections) {
      // Never mixed with sample data: no sample banner, no status, no "minh họa" figure inside.
      expect(section.querySelector('[data-sample-notice], .status-badge')).toBeNull();
      expect(textOf(section)).not.toContain('Số liệu minh họa');
    }
  });

  it('each say the figure, the publisher, the date or "không rõ ngày", and link to the page', () => {
    expect(figures.length).toBeGreaterThan(0);
    const page = loadPage('/tien-do/');
    for (const figure of figures) {
      const item = page.querySelector(`[data-figure="${figure.id}"]`)!;
      expect(textOf(item)).toContain(String(figure.value));
      const source = item.querySelector('[data-source]')!;
      expect(textOf(source)).toContain(figure.source.publisher);
      expect(textOf(source)).toContain(figure.source.date ?? 'không rõ ngày');
      expect(source.querySelector('a')!.getAttribute('href')).toBe(figure.source.url);
      expect(figure.source.url).toMatch(/^https:\/\//);
    }
  });
});
