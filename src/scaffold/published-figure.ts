import { isValidVnDate } from '../lib/format/date.ts';
import { slugify } from '../lib/slug.ts';
import { validateId } from './questions.ts';
import type { Scaffold } from './types.ts';
import { yamlString } from './yaml-values.ts';

/**
 * A figure published by an official body or the press, appended to content/so-lieu-cong-bo.yaml.
 * The editor must have read it on the page whose address they give: no address, no figure.
 */
export const publishedFigureScaffold: Scaffold = {
  command: 'figure',
  questions: [
    {
      key: 'value',
      ask: 'Con số, đúng như trang nguồn đăng (dấu chấm thập phân)',
      example: '81',
      validate: (v) => (Number.isFinite(Number(v)) && v.trim() !== '' ? undefined : 'phải là số'),
    },
    { key: 'unit', ask: 'Đơn vị tính', example: 'mô hình “Dân vận khéo”' },
    {
      key: 'counts',
      ask: 'Con số này đếm gì (viết bằng lời của mình, đúng ý trang nguồn)',
      example: 'Mô hình “Dân vận khéo” do các cấp hội xây dựng',
    },
    {
      key: 'place',
      ask: 'Nơi con số nói tới: mã đơn vị trong content/don-vi.yaml (như lúc đó)',
      example: 'lao-cai-cu',
      validate: validateId,
    },
    { key: 'period', ask: 'Thời gian của con số, như trang nguồn nói', example: 'năm 2025' },
    { key: 'publisher', ask: 'Cơ quan đăng (tên báo, cổng thông tin)', example: 'Báo Lào Cai' },
    { key: 'title', ask: 'Tên bài hay văn bản, như trang nguồn ghi', example: 'Tên bài báo' },
    {
      key: 'url',
      ask: 'Địa chỉ trang nguồn (https://…), trang ban biên tập đã đọc',
      example: 'https://baolaocai.vn/ten-bai-post000000.html',
      validate: (v) => (/^https:\/\/\S+$/.test(v) ? undefined : 'phải bắt đầu bằng https://'),
    },
    {
      key: 'date',
      ask: 'Ngày đăng dd/mm/yyyy (bỏ trống nếu trang không ghi ngày: trang sẽ ghi "không rõ ngày")',
      fallback: () => '',
      validate: (v) =>
        !v || isValidVnDate(v, 1945, 2050) ? undefined : 'ngày phải viết dd/mm/yyyy, có thật',
    },
    {
      key: 'informs',
      ask: 'Mã chỉ tiêu liên quan trong content/chi-tieu/ (cách nhau bằng dấu phẩy; có thể bỏ trống)',
      example: 'lao-cai-03-kh-ccb/ii-2-8',
      fallback: () => '',
    },
    {
      key: 'id',
      ask: 'Mã của con số (viết thường, không dấu)',
      fallback: (a) => slugify(`${a.place ?? ''} ${a.value ?? ''} ${a.unit ?? ''}`),
      validate: validateId,
    },
  ],
  build: (a) => {
    const informs = (a.informs ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    return {
      path: 'so-lieu-cong-bo.yaml',
      mode: 'append',
      text: `
# ${a.value} ${a.unit} — thêm bằng "npm run new". Chỉ ghi số ban biên tập đã đọc trên trang nguồn.
# value: con số như trang nguồn đăng; unit: đơn vị tính; counts: con số đếm gì.
# parts: (không bắt buộc) các phần con số được chia, mỗi dòng - { label: "…", value: … }.
# place: mã đơn vị trong content/don-vi.yaml; period: thời gian của con số, như trang nguồn nói.
# source: cơ quan đăng, tên bài, địa chỉ trang (https) và ngày đăng (bỏ dòng date nếu trang không ghi ngày).
# informs: chỉ tiêu con số này cho biết thêm; note: con số nói được gì, không nói được gì về chỉ tiêu đó.
- id: ${a.id}
  value: ${Number(a.value)}
  unit: ${yamlString(a.unit!)}
  counts: ${yamlString(a.counts!)}
  place: ${a.place}
  period: ${yamlString(a.period!)}
  source:
    publisher: ${yamlString(a.publisher!)}
    title: ${yamlString(a.title!)}
    url: ${yamlString(a.url!)}${a.date ? `\n    date: ${yamlString(a.date)}` : ''}
  informs: [${informs.join(', ')}]
`,
      next: [
        'Đọc lại mục mới ở cuối content/so-lieu-cong-bo.yaml, đối chiếu từng chữ với trang nguồn.',
        'Thêm "note" nói con số này cho biết gì, không cho biết gì về chỉ tiêu liên quan.',
        'Chạy npm run check.',
      ],
    };
  },
};
