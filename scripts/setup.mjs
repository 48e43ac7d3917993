// @ts-check
// `node scripts/setup.mjs [--dev] [<script> [arguments…]]` runs first in every npm script that
// needs the project's packages, under whatever Node the machine has (often 20). It installs
// exactly the locked packages when they are missing or older than package-lock.json: only what
// building needs, or with --dev also the test and report tools. On a machine whose Node is too old
// npm also installs ccb-node-runtime (scripts/node-runtime), whose Node 24 for this system and
// processor lands at node_modules/.bin/node, ahead of the machine's Node in npm scripts.
// Given a script, it then runs it with a Node that can (the machine's, or the runtime's): the shell
// of an npm script remembers where it found `node` for this very command, before the install, so
// `node scripts/setup.mjs && node script.ts` would run the script on the old Node after a first install.
import { execSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, linkSync } from 'node:fs';
import {
  installNeeded,
  nodeRunsProject,
  runsFromNodeModules,
  runtimeBinary,
  windowsNodeExe,
  withoutProjectBins,
} from './install-state.mjs';

const root = process.cwd();
const options = process.argv.slice(2);
const dev = options[0] === '--dev';
const [script, ...scriptArguments] = dev ? options.slice(1) : options;
const reason = installNeeded({ root, dev, nodeVersion: process.version });

if (reason) {
  if (process.platform === 'win32' && runsFromNodeModules(root, process.execPath)) {
    // Windows cannot delete the node.exe this script runs on, and `npm ci` starts by deleting node_modules.
    console.error(
      'Cần cài lại các gói của dự án. Hãy chạy lệnh sau, rồi chạy lại lệnh vừa gõ:\n  npm ci',
    );
    process.exit(1);
  }
  console.log(
    dev
      ? 'Đang cài các gói để dựng và kiểm thử trang (đúng phiên bản ghi trong package-lock.json)…'
      : 'Đang cài các gói để dựng trang (đúng phiên bản ghi trong package-lock.json; lần đầu mất vài phút)…',
  );
  try {
    // `npm ci` never rewrites package-lock.json. npm must run under the machine's own Node (not the
    // runtime's, first on PATH inside npm scripts) to decide whether that Node needs the runtime.
    // --loglevel=error: npm's English warnings (engines of packages that the runtime's Node satisfies)
    // would read as problems to an editor; errors are still shown.
    execSync(`npm ci ${dev ? '' : '--omit=dev '}--no-audit --no-fund --loglevel=error`, {
      stdio: 'inherit',
      env: withoutProjectBins(process.env),
    });
  } catch {
    console.error(
      'Không cài được các gói (lỗi ở trên, thường do mất kết nối mạng). Kiểm tra mạng rồi chạy lại lệnh vừa gõ.',
    );
    process.exit(1);
  }
}

const nodeExe = process.platform === 'win32' ? windowsNodeExe(root) : undefined;
if (nodeExe && !existsSync(nodeExe.to)) {
  try {
    linkSync(nodeExe.from, nodeExe.to);
  } catch {
    copyFileSync(nodeExe.from, nodeExe.to);
  }
}

if (!nodeRunsProject(process.version) && !runtimeBinary(root)) {
  console.error(
    `Node.js trên máy là ${process.version}, chưa đủ để chạy dự án (cần 22.18 trở lên; khuyên dùng bản 24, ghi trong .nvmrc), ` +
      `và không có gói Node dựng sẵn cho máy ${process.platform}-${process.arch}. ` +
      'Cài Node.js 24 từ https://nodejs.org rồi chạy lại lệnh vừa gõ.',
  );
  process.exit(1);
}

if (script) {
  const node = nodeRunsProject(process.version) ? process.execPath : runtimeBinary(root);
  // Ctrl+C reaches both processes; this one waits for the script to stop and passes on its code.
  process.on('SIGINT', () => {});
  const run = spawnSync(/** @type {string} */ (node), [script, ...scriptArguments], {
    stdio: 'inherit',
  });
  process.exit(run.status ?? 1);
}
