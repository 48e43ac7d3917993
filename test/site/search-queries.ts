/**
 * The search query set: what readers type, and the pages acceptable among the first three
 * results. Written by hand from the content (what a reader typing it is looking for), not from
 * the index. The first 60 were written with the first search; the rest (abbreviations, hub pages,
 * topics with many records, natural questions, phone-keyboard slips) were written for issue 15
 * before they were tried.
 */
export interface QueryCase {
  query: string;
  /** Site paths (without base) of the pages acceptable in the top 3. */
  pages: readonly string[];
  kind:
    | 'không dấu'
    | 'chữ đ'
    | 'cụm từ'
    | 'một tiếng'
    | 'tên riêng'
    | 'số văn bản'
    | 'số mục'
    | 'có dấu'
    | 'viết tắt'
    | 'trang chung'
    | 'nhiều trang'
    | 'câu hỏi'
    | 'gõ nhầm';
}

const LAO_CAI = '/ke-hoach/lao-cai-03-kh-ccb/';
const LAI_CHAU = '/ke-hoach/lai-chau-16-kh-tu/';
const task = (id: string) => `/nhiem-vu/${id}/`;
const target = (id: string) => `/chi-tieu/lao-cai-03-kh-ccb/${id}/`;
const theme = (id: string) => `/chu-de/${id}/`;
const model = (id: string) => `/mo-hinh/${id}/`;
const story = (id: string) => `/cau-chuyen/${id}/`;
const band = (id: string) => `/giao-vien/lua-tuoi/${id}/`;

const MODELS = [
  'bat-xat-hoa-giai-co-so',
  'coc-lau-clb-ke-chuyen-truyen-thong',
  'coc-lau-cu-doi-xung-kich-phong-chay',
  'khong-lao-nep-song-van-hoa',
  'khong-lao-to-tu-quan-duong-bien',
  'phin-ho-che-shan-tuyet',
  'quang-kim-to-hop-tac-chuoi',
].map(model);
/** Models in Lai Châu (their communes' province). */
const LAI_CHAU_MODELS = [
  'khong-lao-nep-song-van-hoa',
  'khong-lao-to-tu-quan-duong-bien',
  'phin-ho-che-shan-tuyet',
].map(model);
const STORIES = [
  'cay-dao-truoc-cong-don',
  'cot-moc-va-lop-hoc-cua-ong',
  'di-tim-dong-doi',
  'nhung-la-thu-gui-me',
  'sang-mua-xuan-nam-1979',
  'tro-ve-tu-nuong-ngo',
].map(story);
/** Stories by age band, as their files say. */
const THCS_STORIES = [
  'cot-moc-va-lop-hoc-cua-ong',
  'nhung-la-thu-gui-me',
  'sang-mua-xuan-nam-1979',
].map(story);
const THPT_STORIES = ['di-tim-dong-doi', 'sang-mua-xuan-nam-1979', 'tro-ve-tu-nuong-ngo'].map(
  story,
);
const PRIMARY_STORIES = ['cay-dao-truoc-cong-don', 'nhung-la-thu-gui-me'].map(story);
const LAO_CAI_TARGETS = [
  'ii-2-1',
  'ii-2-2',
  'ii-2-3',
  'ii-2-4',
  'ii-2-5',
  'ii-2-6',
  'ii-2-7',
  'ii-2-8',
  'ii-2-9',
].map(target);
/** "Dân vận khéo": the official target, the models' list and every model. */
const DAN_VAN_KHEO = [target('ii-2-8'), '/mo-hinh/', ...MODELS];

const one = (kind: QueryCase['kind'], query: string, page: string): QueryCase => ({
  kind,
  query,
  pages: [page],
});
const any = (kind: QueryCase['kind'], query: string, pages: readonly string[]): QueryCase => ({
  kind,
  query,
  pages,
});

export const QUERY_SET: readonly QueryCase[] = [
  one('không dấu', 'dan van kheo', target('ii-2-8')),
  one('không dấu', 'cuu chien binh', task('lao-cai-03-kh-ccb/iv-1')),
  one('không dấu', 'chuyen doi so', theme('cong-nghe-chuyen-doi-so')),
  one('không dấu', 'giam ngheo ben vung', task('lai-chau-16-kh-tu/ii-3')),
  one('không dấu', 'the he tre', task('lai-chau-16-kh-tu/ii-4')),
  one('không dấu', 'phan bien xa hoi', target('ii-2-2')),
  one('không dấu', 'ty le tap hop hoi vien', target('ii-2-4')),
  one('không dấu', 'mang xa hoi', target('ii-2-9')),
  one('không dấu', 'chu quyen bien gioi', task('lai-chau-16-kh-tu/ii-5')),
  one('không dấu', 'phong trao thi dua', task('lao-cai-03-kh-ccb/iii-3')),
  one('không dấu', 'chuong trinh phoi hop chinh quyen', target('ii-2-7')),
  one('không dấu', 'quy hoach can bo', task('lao-cai-03-kh-ccb/iii-6')),
  one('chữ đ', 'dai hoi', task('lao-cai-03-kh-ccb/iii-6')),
  one('chữ đ', 'dai hoi dai bieu', task('lao-cai-03-kh-ccb/iii-6')),
  one('chữ đ', 'doan ket', task('lao-cai-03-kh-ccb/iii-1')),
  one('chữ đ', 'dang vien', LAI_CHAU),
  one('chữ đ', 'ket nap dang', target('ii-2-6')),
  one('chữ đ', 'doi ngoai nhan dan', task('lai-chau-16-kh-tu/ii-5')),
  one('chữ đ', 'doi moi tuyen truyen', task('lao-cai-03-kh-ccb/iii-4')),
  one('chữ đ', 'dia ban', target('ii-2-4')),
  one('chữ đ', 'dang uy mat tran', task('lai-chau-16-kh-tu/iii-2')),
  one('chữ đ', 'doi song hoi vien', task('lai-chau-16-kh-tu/ii-3')),
  one('chữ đ', 'don doc', task('lai-chau-16-kh-tu/iii-3')),
  one('cụm từ', '"dân vận khéo"', target('ii-2-8')),
  one('cụm từ', '"hoàn thành tốt nhiệm vụ"', target('ii-2-5')),
  one('cụm từ', '"giao duc the he tre"', task('lai-chau-16-kh-tu/ii-4')),
  one('cụm từ', '"viec lam moi"', target('ii-2-1')),
  one('cụm từ', '“dan van kheo” lao cai', target('ii-2-8')),
  one('một tiếng', 'khéo', target('ii-2-8')),
  one('một tiếng', 'moc', model('khong-lao-to-tu-quan-duong-bien')),
  one('một tiếng', 'ngheo', target('ii-2-8')),
  one('một tiếng', '487', task('lao-cai-03-kh-ccb/iv-1')),
  one('tên riêng', 'Hoàng Văn Thông', LAO_CAI),
  one('tên riêng', 'hoang van thong', LAO_CAI),
  one('tên riêng', 'Lai Châu', LAI_CHAU),
  one('tên riêng', 'lao cai', LAO_CAI),
  one('tên riêng', 'bo chinh tri', LAI_CHAU),
  one('tên riêng', 'Mặt trận Tổ quốc', task('lao-cai-03-kh-ccb/iii-1')),
  one('số văn bản', '03/KH-CCB', LAO_CAI),
  one('số văn bản', '16-KH/TU', LAI_CHAU),
  one('số văn bản', '16-kh/tu', LAI_CHAU),
  one('số văn bản', '196-KL/TW', LAI_CHAU),
  one('số văn bản', '29-NQ/TU', LAO_CAI),
  one('số văn bản', '217-QĐ/TW', task('lao-cai-03-kh-ccb/iii-5')),
  one('số văn bản', '217-QD/TW', task('lao-cai-03-kh-ccb/iii-5')),
  one('số mục', '2.4', target('ii-2-4')),
  one('số mục', '2.9', target('ii-2-9')),
  one('số mục', '2.8', target('ii-2-8')),
  one('số mục', 'II.2.6', target('ii-2-6')),
  one('số mục', 'III.5', task('lao-cai-03-kh-ccb/iii-5')),
  one('có dấu', 'chuyển đổi số', theme('cong-nghe-chuyen-doi-so')),
  one('có dấu', 'đoàn kết', task('lao-cai-03-kh-ccb/iii-1')),
  one('có dấu', 'đại hội', task('lao-cai-03-kh-ccb/iii-6')),
  one('không dấu', 'che shan tuyet', model('phin-ho-che-shan-tuyet')),
  one('không dấu', 'phong chay rung', model('coc-lau-cu-doi-xung-kich-phong-chay')),
  one('chữ đ', 'di tim dong doi', story('di-tim-dong-doi')),
  one('chữ đ', 'cay dao truoc cong don', story('cay-dao-truoc-cong-don')),
  one('cụm từ', '"nếp sống văn minh"', model('khong-lao-nep-song-van-hoa')),
  one('không dấu', 'la thu gui me', story('nhung-la-thu-gui-me')),
  one('chữ đ', 'phuong phap danh gia tien do', '/phuong-phap-danh-gia/'),

  // Issue 15: abbreviations, as people write them in messages and notes.
  any('viết tắt', 'ccb lai chau', [
    LAI_CHAU,
    task('lai-chau-16-kh-tu/ii-1'),
    '/chi-tieu/lai-chau-16-kh-tu/ii-1-a/',
  ]),
  any('viết tắt', 'dvk', DAN_VAN_KHEO),
  one('viết tắt', 'clb ke chuyen truyen thong', model('coc-lau-clb-ke-chuyen-truyen-thong')),
  one('viết tắt', 'hccb lao cai', LAO_CAI),
  any('viết tắt', 'mo hinh dvk lai chau', LAI_CHAU_MODELS),
  any('viết tắt', 'mttq tinh', [task('lai-chau-16-kh-tu/iii-2'), task('lao-cai-03-kh-ccb/iii-1')]),
  any('viết tắt', 'btv tinh uy', [
    LAI_CHAU,
    task('lai-chau-16-kh-tu/iii-1'),
    task('lai-chau-16-kh-tu/iii-2'),
    task('lai-chau-16-kh-tu/iii-3'),
  ]),
  any('viết tắt', 'cntt', [target('ii-2-9'), theme('cong-nghe-chuyen-doi-so')]),
  one('viết tắt', 'ung dung cntt trong sinh hoat chi hoi', target('ii-2-9')),
  any('viết tắt', 'kt-xh', [
    task('lai-chau-16-kh-tu/ii-1'),
    task('lai-chau-16-kh-tu/ii-3'),
    task('lai-chau-16-kh-tu/ii-4'),
    theme('kinh-te-giam-ngheo'),
    LAO_CAI,
    LAI_CHAU,
  ]),
  any('viết tắt', 'thcs', [
    band('thcs'),
    ...THCS_STORIES,
    model('coc-lau-clb-ke-chuyen-truyen-thong'),
  ]),
  any('viết tắt', 'chuyen ke cho hoc sinh thpt', [band('thpt'), ...THPT_STORIES]),
  one('viết tắt', 'nq 29', LAO_CAI),
  one('viết tắt', 'kl 196', LAI_CHAU),
  one('viết tắt', 'qd 217', task('lao-cai-03-kh-ccb/iii-5')),
  any('viết tắt', 'ubnd xa', [
    model('bat-xat-hoa-giai-co-so'),
    model('khong-lao-to-tu-quan-duong-bien'),
  ]),
  any('viết tắt', 'antt', [
    model('khong-lao-to-tu-quan-duong-bien'),
    model('coc-lau-cu-doi-xung-kich-phong-chay'),
  ]),
  one('viết tắt', 'kh 03', LAO_CAI),
  one('viết tắt', 'CCB Lào Cai', LAO_CAI),

  // Hub pages: the teachers' pages, progress, lists, the home page.
  one('trang chung', 'huong dan giao vien', '/giao-vien/'),
  one('trang chung', 'huong dan cho giao vien', '/giao-vien/'),
  one('trang chung', 'phieu dong y', '/giao-vien/phieu-dong-y/'),
  one('trang chung', 'mau phieu dong y ke chuyen', '/giao-vien/phieu-dong-y/'),
  one('trang chung', 'tien do thuc hien chi tieu', '/tien-do/'),
  any('trang chung', 'tien do', ['/tien-do/', '/phuong-phap-danh-gia/']),
  one('trang chung', 'danh sach mo hinh', '/mo-hinh/'),
  one('trang chung', 'tat ca cau chuyen', '/cau-chuyen/'),
  any('trang chung', 'cac ke hoach', ['/ke-hoach/', LAO_CAI, LAI_CHAU]),
  one('trang chung', 'trang chu', '/'),
  one('trang chung', 'ghi lai cau chuyen cua cuu chien binh', '/giao-vien/'),
  one('trang chung', 'cach danh gia chi tieu', '/phuong-phap-danh-gia/'),
  one('trang chung', 'danh sach chi tieu', '/chi-tieu/'),

  // Topics with many records: the records of the topic, or its list, come first.
  any('nhiều trang', 'mo hinh dan van kheo', DAN_VAN_KHEO),
  any('nhiều trang', 'cau chuyen bien gioi', [...STORIES, '/cau-chuyen/']),
  any('nhiều trang', 'chuyen ke thcs', [...THCS_STORIES, band('thcs'), '/cau-chuyen/']),
  any('nhiều trang', 'chi tieu hoi vien', [target('ii-2-4'), target('ii-2-6'), '/chi-tieu/']),
  any('nhiều trang', 'nhiem vu giam sat phan bien', [
    task('lai-chau-16-kh-tu/ii-4'),
    task('lao-cai-03-kh-ccb/iii-5'),
    task('lao-cai-03-kh-ccb/iii-2'),
    theme('giam-sat-phan-bien'),
    '/nhiem-vu/',
  ]),
  any('nhiều trang', 'giam ngheo', [
    target('ii-2-8'),
    task('lai-chau-16-kh-tu/ii-3'),
    theme('kinh-te-giam-ngheo'),
  ]),
  any('nhiều trang', 'mo hinh kinh te', [
    model('phin-ho-che-shan-tuyet'),
    model('quang-kim-to-hop-tac-chuoi'),
    '/mo-hinh/',
  ]),
  any('nhiều trang', 'giao duc truyen thong cho hoc sinh', [
    theme('giao-duc-the-he-tre'),
    task('lai-chau-16-kh-tu/ii-4'),
    task('lao-cai-03-kh-ccb/iii-4'),
    model('coc-lau-clb-ke-chuyen-truyen-thong'),
    '/giao-vien/',
  ]),
  any('nhiều trang', 'cac chi tieu cua lao cai', ['/chi-tieu/', LAO_CAI, ...LAO_CAI_TARGETS]),
  any('nhiều trang', 'tu quan duong bien moc gioi', [
    task('lai-chau-16-kh-tu/ii-5'),
    model('khong-lao-to-tu-quan-duong-bien'),
  ]),
  any('nhiều trang', 'tu quan duong bien', [
    task('lai-chau-16-kh-tu/ii-5'),
    model('khong-lao-to-tu-quan-duong-bien'),
  ]),

  // Questions typed as they are asked.
  one('câu hỏi', 'chi tieu ket nap dang la bao nhieu', target('ii-2-6')),
  one('câu hỏi', 'ty le tap hop hoi vien bao nhieu phan tram', target('ii-2-4')),
  one('câu hỏi', 'lam sao dung chuyen ke trong gio hoc', '/giao-vien/'),
  one('câu hỏi', 'bao nhieu ho ngheo duoc giup thoat ngheo', target('ii-2-8')),
  one('câu hỏi', 'mo hinh phong chay rung o dau', model('coc-lau-cu-doi-xung-kich-phong-chay')),
  one('câu hỏi', 'ke hoach cua lai chau ban hanh ngay nao', LAI_CHAU),
  any('câu hỏi', 'hoc sinh tieu hoc nen doc chuyen nao', [
    band('tieu-hoc'),
    ...PRIMARY_STORIES,
    '/giao-vien/',
  ]),

  // Slips of a phone keyboard: a neighbouring key, a doubled letter, a missing space.
  any('gõ nhầm', 'dan van khei', DAN_VAN_KHEO),
  one('gõ nhầm', 'chuyen doi soo', theme('cong-nghe-chuyen-doi-so')),
  any('gõ nhầm', 'giam ngheo ben vunh', [
    task('lai-chau-16-kh-tu/ii-3'),
    target('ii-2-8'),
    theme('kinh-te-giam-ngheo'),
  ]),
  one('gõ nhầm', 'ket nap dsng', target('ii-2-6')),
  one('gõ nhầm', 'phong chayy rung', model('coc-lau-cu-doi-xung-kich-phong-chay')),
  one('gõ nhầm', 'lai chauu', LAI_CHAU),
  one('gõ nhầm', 'chuyendoi so', theme('cong-nghe-chuyen-doi-so')),
  one('gõ nhầm', 'mang xa hoo', target('ii-2-9')),
  one('gõ nhầm', 'dai hoii', task('lao-cai-03-kh-ccb/iii-6')),
  any('gõ nhầm', 'dan vann kheo', DAN_VAN_KHEO),
  one('gõ nhầm', 'hoi vien uu tuu', target('ii-2-6')),
];
