/**
 * The search query set: what readers type, and the page each query must put among the first
 * three results. Written by hand from the content, not from the index.
 */
export interface QueryCase {
  query: string;
  /** Site path (without base) of the page expected in the top 3. */
  page: string;
  kind:
    | 'không dấu'
    | 'chữ đ'
    | 'cụm từ'
    | 'một tiếng'
    | 'tên riêng'
    | 'số văn bản'
    | 'số mục'
    | 'có dấu';
}

const LAO_CAI = '/ke-hoach/lao-cai-03-kh-ccb/';
const LAI_CHAU = '/ke-hoach/lai-chau-16-kh-tu/';
const task = (id: string) => `/nhiem-vu/${id}/`;
const target = (id: string) => `/chi-tieu/lao-cai-03-kh-ccb/${id}/`;
const theme = (id: string) => `/chu-de/${id}/`;
const model = (id: string) => `/mo-hinh/${id}/`;
const story = (id: string) => `/cau-chuyen/${id}/`;

export const QUERY_SET: readonly QueryCase[] = [
  { kind: 'không dấu', query: 'dan van kheo', page: target('ii-2-8') },
  { kind: 'không dấu', query: 'cuu chien binh', page: task('lao-cai-03-kh-ccb/iv-1') },
  { kind: 'không dấu', query: 'chuyen doi so', page: theme('cong-nghe-chuyen-doi-so') },
  { kind: 'không dấu', query: 'giam ngheo ben vung', page: task('lai-chau-16-kh-tu/ii-3') },
  { kind: 'không dấu', query: 'the he tre', page: task('lai-chau-16-kh-tu/ii-4') },
  { kind: 'không dấu', query: 'phan bien xa hoi', page: target('ii-2-2') },
  { kind: 'không dấu', query: 'ty le tap hop hoi vien', page: target('ii-2-4') },
  { kind: 'không dấu', query: 'mang xa hoi', page: target('ii-2-9') },
  { kind: 'không dấu', query: 'chu quyen bien gioi', page: task('lai-chau-16-kh-tu/ii-5') },
  { kind: 'không dấu', query: 'phong trao thi dua', page: task('lao-cai-03-kh-ccb/iii-3') },
  { kind: 'không dấu', query: 'chuong trinh phoi hop chinh quyen', page: target('ii-2-7') },
  { kind: 'không dấu', query: 'quy hoach can bo', page: task('lao-cai-03-kh-ccb/iii-6') },
  { kind: 'chữ đ', query: 'dai hoi', page: task('lao-cai-03-kh-ccb/iii-6') },
  { kind: 'chữ đ', query: 'dai hoi dai bieu', page: task('lao-cai-03-kh-ccb/iii-6') },
  { kind: 'chữ đ', query: 'doan ket', page: task('lao-cai-03-kh-ccb/iii-1') },
  { kind: 'chữ đ', query: 'dang vien', page: LAI_CHAU },
  { kind: 'chữ đ', query: 'ket nap dang', page: target('ii-2-6') },
  { kind: 'chữ đ', query: 'doi ngoai nhan dan', page: task('lai-chau-16-kh-tu/ii-5') },
  { kind: 'chữ đ', query: 'doi moi tuyen truyen', page: task('lao-cai-03-kh-ccb/iii-4') },
  { kind: 'chữ đ', query: 'dia ban', page: target('ii-2-4') },
  { kind: 'chữ đ', query: 'dang uy mat tran', page: task('lai-chau-16-kh-tu/iii-2') },
  { kind: 'chữ đ', query: 'doi song hoi vien', page: task('lai-chau-16-kh-tu/ii-3') },
  { kind: 'chữ đ', query: 'don doc', page: task('lai-chau-16-kh-tu/iii-3') },
  { kind: 'cụm từ', query: '"dân vận khéo"', page: target('ii-2-8') },
  { kind: 'cụm từ', query: '"hoàn thành tốt nhiệm vụ"', page: target('ii-2-5') },
  { kind: 'cụm từ', query: '"giao duc the he tre"', page: task('lai-chau-16-kh-tu/ii-4') },
  { kind: 'cụm từ', query: '"viec lam moi"', page: target('ii-2-1') },
  { kind: 'cụm từ', query: '“dan van kheo” lao cai', page: target('ii-2-8') },
  { kind: 'một tiếng', query: 'khéo', page: target('ii-2-8') },
  { kind: 'một tiếng', query: 'moc', page: model('khong-lao-to-tu-quan-duong-bien') },
  { kind: 'một tiếng', query: 'ngheo', page: target('ii-2-8') },
  { kind: 'một tiếng', query: '487', page: task('lao-cai-03-kh-ccb/iv-1') },
  { kind: 'tên riêng', query: 'Hoàng Văn Thông', page: LAO_CAI },
  { kind: 'tên riêng', query: 'hoang van thong', page: LAO_CAI },
  { kind: 'tên riêng', query: 'Lai Châu', page: LAI_CHAU },
  { kind: 'tên riêng', query: 'lao cai', page: LAO_CAI },
  { kind: 'tên riêng', query: 'bo chinh tri', page: LAI_CHAU },
  { kind: 'tên riêng', query: 'Mặt trận Tổ quốc', page: task('lao-cai-03-kh-ccb/iii-1') },
  { kind: 'số văn bản', query: '03/KH-CCB', page: LAO_CAI },
  { kind: 'số văn bản', query: '16-KH/TU', page: LAI_CHAU },
  { kind: 'số văn bản', query: '16-kh/tu', page: LAI_CHAU },
  { kind: 'số văn bản', query: '196-KL/TW', page: LAI_CHAU },
  { kind: 'số văn bản', query: '29-NQ/TU', page: LAO_CAI },
  { kind: 'số văn bản', query: '217-QĐ/TW', page: task('lao-cai-03-kh-ccb/iii-5') },
  { kind: 'số văn bản', query: '217-QD/TW', page: task('lao-cai-03-kh-ccb/iii-5') },
  { kind: 'số mục', query: '2.4', page: target('ii-2-4') },
  { kind: 'số mục', query: '2.9', page: target('ii-2-9') },
  { kind: 'số mục', query: '2.8', page: target('ii-2-8') },
  { kind: 'số mục', query: 'II.2.6', page: target('ii-2-6') },
  { kind: 'số mục', query: 'III.5', page: task('lao-cai-03-kh-ccb/iii-5') },
  { kind: 'có dấu', query: 'chuyển đổi số', page: theme('cong-nghe-chuyen-doi-so') },
  { kind: 'có dấu', query: 'đoàn kết', page: task('lao-cai-03-kh-ccb/iii-1') },
  { kind: 'có dấu', query: 'đại hội', page: task('lao-cai-03-kh-ccb/iii-6') },
  { kind: 'không dấu', query: 'che shan tuyet', page: model('phin-ho-che-shan-tuyet') },
  {
    kind: 'không dấu',
    query: 'phong chay rung',
    page: model('coc-lau-cu-doi-xung-kich-phong-chay'),
  },
  { kind: 'chữ đ', query: 'di tim dong doi', page: story('di-tim-dong-doi') },
  { kind: 'chữ đ', query: 'cay dao truoc cong don', page: story('cay-dao-truoc-cong-don') },
  { kind: 'cụm từ', query: '"nếp sống văn minh"', page: model('khong-lao-nep-song-van-hoa') },
  { kind: 'không dấu', query: 'la thu gui me', page: story('nhung-la-thu-gui-me') },
  { kind: 'chữ đ', query: 'phuong phap danh gia tien do', page: '/phuong-phap-danh-gia/' },
];
