// `npm run check`: checks every file under content/ the way the build does, without building.
// Prints every problem at once in Vietnamese and exits non-zero when there is any.
// `npm run check -- --github` also prints each problem as a GitHub Actions annotation, which
// the pull request shows beside the line at fault (.github/workflows/check-content.yml).
import { checkContent, formatReport } from '../src/content-check/index.ts';
import { githubAnnotation } from '../src/lib/github-annotations.ts';

const problems = checkContent(process.cwd());
if (problems.length > 0) {
  if (process.argv.includes('--github')) console.log(problems.map(githubAnnotation).join('\n'));
  console.error(formatReport(problems));
  process.exit(1);
}
console.log('Nội dung hợp lệ: không có lỗi nào. Có thể dựng trang (npm start) hoặc commit.');
