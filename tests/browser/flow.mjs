// What the browser tests share (serve.test.mjs: chromium through
// playwright-core; firefox.test.mjs: firefox-esr through puppeteer-core):
// the paths, the server with its fresh accounts and register, the seed
// plan's form data in the order a clerk fills it, and what the issued PDF
// must say. The browser steps themselves stay in each test, in its driver's API.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import assert from 'node:assert/strict';

export const source = resolve(process.env.VANTHU_SOURCE_DIR || '../..');
export const binary = process.env.VANTHU_BINARY || join(source, 'build/vanthu');
export const password = 'mat-khau-van-thu';
export const data = JSON.parse(readFileSync(join(source, 'examples/ke-hoach-atgt-2018/data.json'), 'utf8'));
export const desktop = { width: 1366, height: 768 };
export const phone = { width: 390, height: 844 };
// The number the register gives the seed plan, the first of 2018.
export const firstSymbol = '01/KH-STTTT';

export function log(step) { console.log('step: ' + step); }

// The screenshot folder, emptied: $VANTHU_BROWSER_OUT, else `fallback`.
export function outputDir(fallback) {
  const out = resolve(process.env.VANTHU_BROWSER_OUT || fallback);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  return out;
}

export function workDir() { return mkdtempSync(join(tmpdir(), 'vanthu-browser-')); }

// A red ring on a transparent background, 300 px square: the seal image.
function writeSeal(path) {
  const size = 300, rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x - size / 2, y - size / 2);
      const on = (d > 138 && d < 148) || (d > 98 && d < 103);
      row.set([200, 20, 20, on ? 255 : 0], 1 + x * 4);
    }
    rows.push(row);
  }
  const chunk = (type, body) => {
    const len = Buffer.alloc(4), crc = Buffer.alloc(4);
    len.writeUInt32BE(body.length);
    crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type), body])));
    return Buffer.concat([len, Buffer.from(type), body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);  // 8 bits, RGBA
  writeFileSync(path, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]));
}

// The organ's key for the server's signing (tests/sign/make_pki.sh: a test
// CA and the organ's PKCS#12, password 1234) and a seal image: the options
// of `vanthu serve` that use them. `work/pki/ca.pem` trusts the result.
function signingOptions(work) {
  execFileSync('bash', [join(source, 'tests/sign/make_pki.sh'), join(work, 'pki')], { stdio: 'ignore' });
  writeSeal(join(work, 'con-dau.png'));
  return ['--sign-key', join(work, 'pki/organ.p12'), '--sign-seal', join(work, 'con-dau.png'), '--sign-seal-mm', '36',
    '--sign-trust', join(work, 'pki/ca.pem')];
}

// `vanthu serve` on a free port with the page of the source tree, a fresh
// accounts file (quantri, vanthu1, both with `password`), a fresh register
// and the organ's signing key. Resolves to { base, stop }: stop() ends it and
// resolves to its exit status.
export async function startServer(work) {
  const users = join(work, 'users.sqlite');
  const env = { ...process.env, VANTHU_PASSWORD: password };
  execFileSync(binary, ['serve', '--users', users, '--init-admin', 'quantri'], { env });
  execFileSync(binary, ['serve', '--users', users, '--add-user', 'vanthu1', '--role', 'van_thu', '--display-name', 'Nguyễn Thị Văn Thư'], { env });
  const server = spawn(binary, ['serve', '--port', '0', '--users', users, '--register', join(work, 'register.sqlite'),
    '--web', join(source, 'web'), '--quiet', ...signingOptions(work)],
  { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, VANTHU_KEY_PASSWORD: '1234' } });
  let serverLog = '';
  const exited = new Promise((ok) => server.on('exit', ok));
  const port = await new Promise((ok, fail) => {
    server.stderr.on('data', (d) => {
      serverLog += d;
      const m = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(serverLog);
      if (m) ok(Number(m[1]));
    });
    exited.then((code) => fail(new Error('server exited ' + code + ': ' + serverLog)));
    setTimeout(() => fail(new Error('server did not start: ' + serverLog)), 30000);
  });
  return {
    // localhost (not 127.0.0.1): a secure context, where browsers keep the Secure cookie over plain HTTP.
    base: `http://localhost:${port}`,
    log: () => serverLog,
    stop: () => { server.kill('SIGTERM'); return exited; },
  };
}

// The seed plan's form, in the order a clerk fills it: { path, value } for a
// field, { list, items } for a list whose lines are added one by one, and for
// the content editor (outline) each line as { level, text }, the level being
// the value of the line's <select class="level"> ('' a paragraph, '# ' a mục…).
export function formSteps(d = data) {
  const outline = (line) => {
    const m = /^(###|##|#\.|#|-) /.exec(line);
    const level = m ? m[1] + ' ' : '';
    return { level, text: line.slice(level.length) };
  };
  return [
    { path: '$.co_quan_chu_quan', value: d.co_quan_chu_quan },
    { path: '$.co_quan.ten', value: d.co_quan.ten },
    { path: '$.co_quan.viet_tat', value: d.co_quan.viet_tat },
    { path: '$.dia_danh', value: d.dia_danh },
    { path: '$.ngay', value: d.ngay },
    { path: '$.trich_yeu', value: d.trich_yeu },
    { list: '$.noi_dung', outline: true, items: d.noi_dung.map(outline) },
    { list: '$.noi_nhan', items: d.noi_nhan },
    { path: '$.luu', value: d.luu },
    { path: '$.nguoi_ky.ho_ten', value: d.nguoi_ky.ho_ten },
    { path: '$.nguoi_ky.chuc_vu', value: d.nguoi_ky.chuc_vu },
  ];
}

// The text of the issued seed plan (pdftotext -layout) carries its number,
// kind, place and date, signer and summary.
export function pdfText(pdfPath) { return execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString(); }

export function checkIssuedText(text, symbol = firstSymbol) {
  assert.ok(text.includes('Số: ' + symbol), 'the PDF carries the issued number ' + symbol);
  assert.match(text, /KẾ HOẠCH/);
  assert.match(text, /Lạng Sơn, ngày 27 tháng 3 năm 2018/);
  assert.match(text, /Nguyễn Quang Huy/);
  assert.match(text.replace(/\s+/g, ' '), /Phát động phong trào thi đua tuyên truyền bảo đảm trật tự an toàn giao thông năm 2018/);
}

// The organ's signature on a PDF the page downloaded: valid for poppler's
// pdfsig and for `vanthu verify` against the test CA.
export function checkSignedPdf(pdfPath, work) {
  const sig = execFileSync('pdfsig', [pdfPath]).toString();
  assert.match(sig, /Signature Validation: Signature is Valid\./, sig);
  assert.match(sig, /Sở Thông tin và Truyền thông/, 'signed with the organ\'s certificate');
  execFileSync(binary, ['verify', pdfPath, '--trust', join(work, 'pki/ca.pem')]);  // throws unless every signature is valid
  return sig;
}

// Data whose summary holds a <script> and an onerror image: shown back as text, never run.
export const evilSummary = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2"> Kế hoạch thử';

// The typed document of the shared reference set for the check page, when present.
export function typedDocument() {
  const shared = process.env.VANTHU_SHARED_DIR || join(source, '../shared');
  return join(shared, 'realdocs/20-sct-laocai-cv-3155.docx');
}
