import { describe, expect, it } from 'vitest';
import { FEED_SIZE, feedEntries, feedItem } from '../../src/lib/feeds.ts';
import { yearOf } from '../../src/lib/format/date.ts';
import { carriedOutBy, entryById, listedIn, targetsWithin } from '../../src/lib/linked.ts';
import { recognitionText } from '../../src/lib/models/recognition.ts';
import {
  documentTitle,
  isInSection,
  mainNavigation,
  sectionLists,
} from '../../src/lib/navigation.ts';
import { methodPath, progressFilePath, progressFileUrl } from '../../src/lib/progress/files.ts';
import { termsSince } from '../../src/lib/progress/periods.ts';
import { countSamples, sampleNoticeSubject } from '../../src/lib/samples.ts';
import { onTheme, usedThemes } from '../../src/lib/themes.ts';
import {
  planPath,
  sitePath,
  storyPath,
  targetPath,
  taskPath,
  teacherPath,
} from '../../src/lib/urls.ts';

describe('navigation', () => {
  it('marks the section a page lies in, and the home page only on itself', () => {
    expect(isInSection('ke-hoach/', '/ke-hoach/lao-cai-03-kh-ccb/')).toBe(true);
    expect(isInSection('ke-hoach/', '/nhiem-vu/')).toBe(false);
    expect(isInSection('', '/')).toBe(true);
    expect(isInSection('', '/ke-hoach/')).toBe(false);
  });
  it("titles the home page with the site's name alone, every other page with both", () => {
    expect(documentTitle('Trang chủ', 'Trang CCB', '/')).toBe('Trang CCB');
    expect(documentTitle('Chỉ tiêu', 'Trang CCB', '/chi-tieu/')).toBe('Chỉ tiêu – Trang CCB');
  });
  it('offers every section but the home page as a list to browse', () => {
    expect(sectionLists).toHaveLength(mainNavigation.length - 1);
    expect(sectionLists.map((item) => item.path)).not.toContain('');
  });
});

describe('addresses', () => {
  it('builds every internal address from the site root', () => {
    expect(sitePath()).toBe('/');
    expect(planPath('a')).toBe('/ke-hoach/a/');
    expect(taskPath('a/ii-1')).toBe('/nhiem-vu/a/ii-1/');
    expect(targetPath('a/ii-2-4')).toBe('/chi-tieu/a/ii-2-4/');
    expect(storyPath('s')).toBe('/cau-chuyen/s/');
    expect(teacherPath('phieu-dong-y/')).toBe('/giao-vien/phieu-dong-y/');
    expect(progressFilePath('a/ii-2-4', 'ty-le', 'csv')).toBe('du-lieu/tien-do/a/ii-2-4/ty-le.csv');
    expect(progressFileUrl('a/ii-2-4', 'ty-le', 'svg')).toBe('/du-lieu/tien-do/a/ii-2-4/ty-le.svg');
    expect(methodPath()).toBe('/phuong-phap-danh-gia/');
  });
});

describe('sample content', () => {
  it('counts the samples of a list and says so in the banner', () => {
    expect(countSamples([{ sample: true }, { sample: false }, { sample: true }])).toBe(2);
    expect(sampleNoticeSubject('model')).toBe('Mô hình này');
    expect(sampleNoticeSubject('story')).toBe('Câu chuyện này');
    expect(sampleNoticeSubject('story', 3)).toBe('3 câu chuyện trong danh sách này');
  });
  it('marks a sample item in the news feed, so no reader mistakes it', () => {
    const item = { published: '15/03/2025', summary: 'Tóm tắt', sample: true };
    expect(feedItem(item, 'Tổ hợp tác', '/mo-hinh/x/')).toEqual({
      title: '[Nội dung minh họa] Tổ hợp tác',
      link: '/mo-hinh/x/',
      pubDate: new Date('2025-03-15T00:00:00+07:00'),
      description: 'Tóm tắt',
    });
    expect(feedItem({ ...item, sample: false }, 'Tổ hợp tác', '/x/').title).toBe('Tổ hợp tác');
  });
});

describe('news feeds', () => {
  it('hold the 50 most recently published items, newest first', () => {
    // 120 items published on days spread over a year, given in no particular order.
    const items = Array.from({ length: 120 }, (_, index) => {
      const day = (index * 37) % 365;
      const date = new Date(Date.UTC(2024, 0, 1 + day));
      const published = `${String(date.getUTCDate()).padStart(2, '0')}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/2024`;
      return { id: index, day, data: { published } };
    });
    const feed = feedEntries(items);
    expect(FEED_SIZE).toBe(50);
    expect(feed).toHaveLength(50);
    const newest = [...items].sort((a, b) => b.day - a.day).slice(0, 50);
    expect(feed.map((item) => item.day)).toEqual(newest.map((item) => item.day));
    expect(feedEntries(items.slice(0, 3))).toHaveLength(3);
  });
});

describe('links between records', () => {
  const tasks = [{ id: 't1' }, { id: 't2' }, { id: 't3' }];
  it('finds the listed entries in their own order, and an entry by id', () => {
    expect(listedIn(tasks, ['t3', 't1']).map((t) => t.id)).toEqual(['t1', 't3']);
    expect(entryById(tasks, 't2')).toBe(tasks[1]);
    expect(() => entryById(tasks, 'khong-co')).toThrow(/khong-co/);
  });
  it('shows on a task page the models and stories that name the task, on a target page the models only', () => {
    const models = [
      { id: 'm1', data: { tasks: ['t1'], targets: [] } },
      { id: 'm2', data: { tasks: [], targets: ['g1'] } },
    ];
    const stories = [
      { id: 's1', data: { tasks: ['t1'] } },
      { id: 's2', data: { tasks: ['t2'] } },
    ];
    const onTask = carriedOutBy({ id: 't1', kind: 'task' }, models, stories);
    expect(onTask.models.map((m) => m.id)).toEqual(['m1']);
    expect(onTask.stories.map((s) => s.id)).toEqual(['s1']);
    const onTarget = carriedOutBy({ id: 'g1', kind: 'target' }, models, stories);
    expect(onTarget.models.map((m) => m.id)).toEqual(['m2']);
    expect(onTarget.stories).toEqual([]);
  });
  it('lists an entry once however many times a record names it, and leaves out unknown ids', () => {
    expect(listedIn(tasks, ['t2', 't2', 'khong-co']).map((t) => t.id)).toEqual(['t2']);
    const models = [{ id: 'm1', data: { tasks: ['t1', 't1'], targets: ['g1', 'g1'] } }];
    const stories = [{ id: 's1', data: { tasks: ['t1', 't1'] } }];
    const onTask = carriedOutBy({ id: 't1', kind: 'task' }, models, stories);
    expect(onTask.models.map((m) => m.id)).toEqual(['m1']);
    expect(onTask.stories.map((s) => s.id)).toEqual(['s1']);
    expect(carriedOutBy({ id: 't3', kind: 'task' }, models, stories)).toEqual({
      models: [],
      stories: [],
    });
  });
  it('finds the targets measured inside a task', () => {
    const targets = [
      { id: 'g1', data: { textFrom: 't1' } },
      { id: 'g2', data: {} },
    ];
    expect(targetsWithin(targets, 't1').map((t) => t.id)).toEqual(['g1']);
  });
});

describe('themes', () => {
  const items = [{ data: { themes: ['a', 'b'] } }, { data: { themes: ['b'] } }];
  it('finds the items on a theme, and the themes some item is on, in the themes’ order', () => {
    expect(onTheme(items, 'b')).toHaveLength(2);
    expect(onTheme(items, 'c')).toEqual([]);
    expect(usedThemes([{ id: 'c' }, { id: 'b' }, { id: 'a' }], items).map((t) => t.id)).toEqual([
      'b',
      'a',
    ]);
  });
});

describe('small rules said in words', () => {
  it('writes a recognition with its decision and date, or its year alone', () => {
    expect(
      recognitionText({
        level: 'district',
        body: 'Ban Dân vận Huyện ủy Bát Xát',
        decision: '125-QĐ/BDVHU',
        date: '05/12/2023',
        year: 2023,
      }),
    ).toBe(
      'Công nhận cấp huyện (trước 01/07/2025): Ban Dân vận Huyện ủy Bát Xát, Quyết định số 125-QĐ/BDVHU ngày 05/12/2023',
    );
    expect(recognitionText({ level: 'province', body: 'Ban Dân vận Tỉnh ủy', year: 2024 })).toBe(
      'Công nhận cấp tỉnh: Ban Dân vận Tỉnh ủy, năm 2024',
    );
  });
  it('takes the year of a date, and the terms still running in a year', () => {
    expect(yearOf('07/11/2022')).toBe(2022);
    // The congress year opens the new term: 2022 is reported in term 2022–2027, not 2017–2022.
    expect(termsSince(2022).map((term) => term.label)).toEqual(['2022–2027', '2027–2032']);
    expect(termsSince(2021).map((term) => term.label)).toEqual([
      '2017–2022',
      '2022–2027',
      '2027–2032',
    ]);
  });
});
