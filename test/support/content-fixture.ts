import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkContent, type Problem } from '../../src/content-check/index.ts';
import { temporaryFolder } from './temporary-folder.ts';

/**
 * A minimal, valid content tree in a temporary project root, for tests that break one thing
 * at a time (removed when the test file ends). Returns the root; `write` replaces or adds a file
 * relative to it.
 */
export function makeContentFixture(): {
  root: string;
  write: (path: string, text: string | Uint8Array) => void;
} {
  const root = temporaryFolder('ccb-content-');
  const write = (path: string, text: string | Uint8Array) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  for (const [path, text] of Object.entries(VALID_FILES)) write(path, text);
  return { root, write };
}

/** The checker's problems for the valid fixture with some files replaced or added. */
export function problemsAfter(changes: Record<string, string>): Problem[] {
  const fixture = makeContentFixture();
  for (const [path, text] of Object.entries(changes)) fixture.write(path, text);
  return checkContent(fixture.root);
}

export const VALID_PLAN = `---
docType: "Kế hoạch"
number: "01/KH-MAU"
issued: "07/11/2022"
place: "Lào Cai"
issuer: "Hội Cựu chiến binh tỉnh Mẫu"
province: mau
period: { from: 2022, to: 2030, basis: "Văn bản không ghi thời kỳ; ban biên tập theo dõi đến 2030." }
summary: "thực hiện một nghị quyết mẫu"
header:
  style: state
  issuerLines: ["HỘI CỰU CHIẾN BINH VIỆT NAM", "HỘI CCB TỈNH MẪU"]
  mottoLines: ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc"]
  numberLine: "Số: 01/KH-MAU"
  placeDateLine: "Lào Cai, ngày 07 tháng 11 năm 2022"
  docTypeLine: "KẾ HOẠCH"
signature: { authority: "TM. BAN CHẤP HÀNH", title: "CHỦ TỊCH", name: "Người Ký Mẫu" }
recipients: ["Lưu VT."]
legalBasis: []
source: { file: "nguon/mau.txt", bodyStart: "Mở đầu", bodyEnd: "Kết thúc." }
---

Mở đầu.

<Heading number="I">I. MỤC TIÊU</Heading>

<Target id="mau/ii-1" />

<Heading number="II">II. NHIỆM VỤ</Heading>

<Task id="mau/ii-1" />

Kết thúc.
`;

export const VALID_TASK = `---
plan: mau
number: "II.1"
section: tasks
title: "Nhiệm vụ mẫu"
responsible: ["Các cấp Hội"]
themes: [chu-de-mau]
---

1\\. Các cấp Hội làm việc mẫu.
`;

export const VALID_TARGET = `---
plan: mau
number: "I.1"
title: "Chỉ tiêu mẫu"
themes: [chu-de-mau]
measures:
  - id: ty-le
    label: "Tỷ lệ mẫu"
    kind: rate
    unit: "%"
    level: all
    scope: "Các cấp Hội"
    period: year
    milestones:
      - { comparator: ">=", value: 96, from: 2022, to: 2025, mode: maintain }
---

1\\. Tỷ lệ mẫu đạt 96% trở lên.
`;

export const VALID_SITE = `name: "Trang mẫu"
description: "Trang mẫu để kiểm thử."
publisher: null
repository: null
address: null
phone: null
email: null
responsiblePerson: null
url: null
progressAsOf: "20/11/2026"
`;

export const VALID_MODEL = `---
name: "Mô hình mẫu"
kind: mo-hinh
runner: "Chi hội mẫu"
unit: xa-mau
field: kinh-te
yearStarted: 2024
yearEffective: 2024
status: recognised
summary: "Tóm tắt mẫu."
results:
  - { label: "Hộ thoát nghèo", value: 3, unit: "hộ", year: 2025 }
recognition:
  - { level: commune, body: "Một cơ quan cấp xã (minh họa)", year: 2025 }
photos:
  - src: "./anh/mau.png"
    alt: "Ảnh mẫu: hội viên chăm vườn cây."
    credit: "Ban biên tập"
sources:
  - title: "Nguồn mẫu"
tasks: [mau/ii-1]
targets: [mau/ii-1]
published: "01/11/2026"
sample: true
---

### Cách làm

Chữ mẫu.
`;

export const VALID_STORY = `---
title: "Câu chuyện mẫu"
province: mau
narrator:
  name: "Nguyễn Văn A"
  birthYear: 1960
  homePlace: { current: "xã Mẫu, tỉnh Mẫu", former: "xã Cũ, huyện Cũ" }
  militaryUnit: "Một đơn vị mẫu"
  service: { from: 1979, to: 1985 }
  front: "Biên giới phía Bắc (1979–1989)"
  living: true
summary: "Tóm tắt mẫu."
ageBands: [thcs]
themes: [chu-de-mau]
period: "1979–1989"
keyWords:
  - { term: "Từ", meaning: "Nghĩa." }
questions: ["Câu hỏi một?", "Câu hỏi hai?"]
activities: ["Hoạt động một."]
recording: { by: "Người ghi", date: "01/10/2026", place: "xã Mẫu" }
rights:
  consent:
    givenBy: "Người kể"
    scope: "đăng trên trang web"
    date: "01/10/2026"
    record: "phiếu có chữ ký"
  licence: "CC BY 4.0"
tasks: [mau/ii-1]
published: "01/11/2026"
sample: true
---

Tôi kể chuyện mẫu.
`;

export const VALID_PROGRESS = `${JSON.stringify(
  {
    series: [
      {
        measure: 'ty-le',
        unit: 'mau',
        points: [
          {
            period: '2023',
            value: 96.4,
            numerator: 964,
            denominator: 1000,
            sample: true,
            source: 'Số liệu minh họa',
          },
        ],
      },
    ],
  },
  null,
  2,
)}\n`;

/**
 * The plan's provenance text, as extracted from a signed PDF: header lines, the body (whose words
 * the plan, its target and its task must repeat in order), a page number, the signature.
 */
export const VALID_SOURCE = `HỘI CỰU CHIẾN BINH VIỆT NAM
HỘI CCB TỈNH MẪU
Số: 01/KH-MAU
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc
Lào Cai, ngày 07 tháng 11 năm 2022
KẾ HOẠCH
thực hiện một nghị quyết mẫu
Mở đầu.
I. MỤC TIÊU
1. Tỷ lệ mẫu đạt
 2
96% trở lên.
II. NHIỆM VỤ
1. Các cấp Hội làm việc mẫu.
Kết thúc.
TM. BAN CHẤP HÀNH
CHỦ TỊCH
Người Ký Mẫu
Nơi nhận:
- Lưu VT.
`;

export const VALID_PUBLISHED = `- id: mau-81-mo-hinh
  value: 81
  unit: "mô hình"
  counts: "Mô hình do các cấp hội xây dựng"
  place: mau
  period: "từ năm 2021"
  source:
    publisher: "Báo Mẫu"
    title: "Bài báo mẫu"
    url: "https://bao.example.vn/bai-mau.html"
  informs: [mau/ii-1]
`;

const VALID_FILES: Record<string, string> = {
  'content/trang-web.yaml': VALID_SITE,
  'content/ke-hoach/mau.mdx': VALID_PLAN,
  'content/ke-hoach/nguon/mau.txt': VALID_SOURCE,
  'content/nhiem-vu/mau/ii-1.mdx': VALID_TASK,
  'content/chi-tieu/mau/ii-1.mdx': VALID_TARGET,
  'content/chu-de.yaml':
    '- id: chu-de-mau\n  name: "Chủ đề mẫu"\n  description: "Mô tả mẫu."\n- id: giao-duc-the-he-tre\n  name: "Giáo dục thế hệ trẻ"\n  description: "Mô tả mẫu."\n',
  'content/don-vi.yaml':
    '- id: mau\n  name: "tỉnh Mẫu"\n  level: province\n- id: xa-mau\n  name: "xã Mẫu"\n  level: commune\n  parent: mau\n',
  'content/mo-hinh/mau.mdx': VALID_MODEL,
  // The checker only needs the photo to exist; Astro is not run on fixtures.
  'content/mo-hinh/anh/mau.png': 'not decoded by the checker',
  'content/cau-chuyen/mau.mdx': VALID_STORY,
  'content/tien-do/mau/ii-1.json': VALID_PROGRESS,
  'content/so-lieu-cong-bo.yaml': VALID_PUBLISHED,
};
