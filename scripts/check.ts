// `npm run check`: checks every file under content/ the way the build does, without building.
// Prints every problem at once in Vietnamese and exits non-zero when there is any.
import { checkContent, formatReport } from '../src/content-check/index.ts';

const problems = checkContent(process.cwd());
if (problems.length > 0) {
  console.error(formatReport(problems));
  process.exit(1);
}
console.log('Nội dung hợp lệ: không có lỗi nào. Có thể dựng trang (npm start) hoặc commit.');
