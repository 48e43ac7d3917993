import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { promisify } from 'node:util';

/** The W3C Nu HTML checker (npm package vnu-jar), run with the machine's Java. */
const VNU_JAR = createRequire(import.meta.url)('vnu-jar') as string;
export const JAVA_PATH = process.env.JAVA_PATH ?? '/usr/bin/java';
export const JAVA_HINT =
  'Chưa có Java để chạy trình kiểm tra HTML. Cài bằng một lệnh: sudo apt-get install -y default-jre-headless';

/** Like browserAvailable(): a missing Java fails under CI and is a loud skip elsewhere. */
export function javaAvailable(): boolean {
  if (existsSync(JAVA_PATH)) return true;
  if (process.env.CI)
    throw new Error(`${JAVA_HINT} (CI=true: thiếu Java là lỗi, không được bỏ qua).`);
  console.warn(`\n\n⚠⚠⚠ ${JAVA_HINT}\n⚠⚠⚠ Bài kiểm tra HTML hợp lệ bị BỎ QUA trên máy này.\n\n`);
  return false;
}

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

/** Every HTML error in the given files or folders (all .html inside), as "file:line: message". */
export async function htmlErrors(paths: string[], relativeTo = process.cwd()): Promise<string[]> {
  const run = promisify(execFile);
  const args = ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--skip-non-html', ...paths];
  // vnu exits 1 when it finds errors; its JSON report goes to stderr either way.
  const { stderr } = await run(JAVA_PATH, args, { maxBuffer: 64 * 1024 * 1024 }).catch(
    (error: { stderr?: string }) => ({ stderr: error.stderr ?? '' }),
  );
  const report = JSON.parse(stderr) as { messages: VnuMessage[] };
  return report.messages
    .filter((message) => message.type === 'error' || message.subType === 'fatal')
    .map((message) => {
      const file = message.url ? relative(relativeTo, new URL(message.url).pathname) : '?';
      return `${file}:${message.lastLine ?? '?'}: ${message.message}`;
    });
}
