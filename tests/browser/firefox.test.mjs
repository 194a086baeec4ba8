// Browser test of `vanthu serve` in Firefox: Debian's firefox-esr driven by
// puppeteer-core through WebDriver BiDi (Playwright drives only its own
// patched Firefox). The same flow as serve.test.mjs (Chromium): a văn thư
// logs in (a wrong password first), fills the seed plan's form
// (examples/ke-hoach-atgt-2018), sees the preview, issues it, downloads the
// PDF and checks its text and number, finds it in the register; fills fields
// wrong and sees the errors at the fields; data with markup is shown back as
// text; the check page; a phone width. Screenshots of each step go to
// $VANTHU_BROWSER_OUT (default ./out-firefox). Exit status 0 when every step passed.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { checkIssuedText, data, desktop, evilSummary, firstSymbol, formSteps, log, outputDir, password, pdfText, phone,
  startServer, typedDocument, workDir } from './flow.mjs';

const firefox = process.env.VANTHU_FIREFOX || '/usr/bin/firefox-esr';
const out = outputDir('out-firefox');
const work = workDir();
const downloads = join(work, 'downloads');
mkdirSync(downloads);
const server = await startServer(work);
const base = server.base;

const browser = await puppeteer.launch({
  browser: 'firefox',
  executablePath: firefox,
  headless: true,
  userDataDir: join(work, 'profile'),
  defaultViewport: desktop,
  extraPrefsFirefox: {
    'intl.accept_languages': 'vi-VN, vi',
    // Downloads go to `downloads` without asking; a PDF is not also opened in a tab.
    'browser.download.folderList': 2,
    'browser.download.dir': downloads,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.open_pdf_attachments_inline': false,
    'browser.download.alwaysOpenPanel': false,
    'browser.download.panel.shown': true,
    'browser.download.start_downloads_in_tmp_dir': false,
    'browser.helperApps.neverAsk.saveToDisk':
      'application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/octet-stream',
    'browser.helperApps.showOpenOptionForPdfJS': false,
    'pdfjs.handleOctetStream': false,
  },
});
const page = (await browser.pages())[0] || await browser.newPage();
await page.setViewport(desktop);  // defaultViewport leaves the first tab at the window's size
const dialogs = [];
page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
const pageErrors = [];
page.on('pageerror', (e) => pageErrors.push(String(e)));
const shot = (name, fullPage = false) => page.screenshot({ path: join(out, name), fullPage });
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

// An element by CSS selector, optionally the first whose text includes `text`, once visible.
async function waitFor(selector, { text = null, timeout = 15000, hidden = false } = {}) {
  if (hidden) return page.waitForSelector(selector, { hidden: true, timeout });
  const handle = await page.waitForFunction((sel, t) => {
    for (const e of document.querySelectorAll(sel)) {
      const r = e.getBoundingClientRect();
      if ((t === null || e.textContent.includes(t)) && r.width > 0 && r.height > 0) return e;
    }
    return null;
  }, { timeout, polling: 100 }, selector, text);
  return handle.asElement();
}
const textOf = (selector) => page.$eval(selector, (e) => e.innerText);
const attr = (selector, name) => page.$eval(selector, (e, n) => e.getAttribute(n), name);

// The form control of a JSON path (the wrapper div carries the path too).
const control = (path) => `input[data-path="${path}"], textarea[data-path="${path}"], select[data-path="${path}"]`;
// Types `value` into the control, replacing what it held (puppeteer's fill: keystrokes, input events).
const fill = (selector, value) => page.locator(selector).setTimeout(10000).fill(value);

// Clicks an element once scrolled to the middle of the window: puppeteer clicks
// where the element is without checking what is on top, and the drafting
// page's action bar sticks to the bottom of the window, over the form.
async function click(selector) {
  const handle = await page.waitForSelector(selector, { visible: true, timeout: 10000 });
  await handle.evaluate((e) => e.scrollIntoView({ block: 'center', behavior: 'instant' }));
  await handle.click();
}

async function fillList(path, items, outline = false) {
  for (let i = 0; i < items.length; i++) {
    await click(`fieldset[data-path="${path}"] > button.add`);
    await page.waitForSelector(control(`${path}[${i}]`), { timeout: 5000 });
    if (outline) {
      await page.select(`div.outline-line[data-path="${path}[${i}]"] select.level`, items[i].level);
      await fill(`textarea[data-path="${path}[${i}]"]`, items[i].text);
    } else {
      await fill(control(`${path}[${i}]`), items[i]);
    }
  }
}

// Clicks what starts a download and waits for the finished file in the download folder.
async function download(start, name) {
  const before = new Set(readdirSync(downloads));
  await start();
  const deadline = Date.now() + 30000;
  for (;;) {
    const files = readdirSync(downloads).filter((f) => !before.has(f));
    const done = files.find((f) => !f.endsWith('.part') && !files.includes(f + '.part'));
    if (done) {
      await sleep(200);
      const target = join(out, name);
      renameSync(join(downloads, done), target);
      return { target, suggested: done };
    }
    if (Date.now() > deadline) throw new Error('no download in ' + downloads + ': ' + readdirSync(downloads).join(', '));
    await sleep(100);
  }
}

// Clicks the button labelled `label` inside `scope`.
async function clickButton(scope, label) {
  const handle = await page.waitForFunction((s, l) => [...document.querySelectorAll(s + ' button')]
    .find((e) => e.textContent.trim() === l), { timeout: 10000 }, scope, label);
  await handle.evaluate((e) => e.scrollIntoView({ block: 'center', behavior: 'instant' }));
  await handle.asElement().click();
}

let failed = false;
const started = Date.now();
try {
  log('login');
  await page.goto(base + '/');
  await waitFor('#login-form');
  await shot('01-dang-nhap.png');
  await fill('#login-form input[name=username]', 'vanthu1');
  await fill('#login-form input[name=password]', 'sai-mat-khau');
  await click('#login-form button[type=submit]');
  await waitFor('#login-error', { text: 'Sai tên đăng nhập' });
  await fill('#login-form input[name=password]', password);
  await click('#login-form button[type=submit]');
  await waitFor('#page-soan-thao');
  await waitFor(control('$.co_quan.ten'));

  log('a new line of the content stays above the action bar');
  for (const view of [phone, desktop]) {
    await page.setViewport(view);
    // "+ Thêm dòng" just above the bar that sticks to the bottom of the window, then pressed.
    const add = await page.$('fieldset[data-path="$.noi_dung"] > button.add');
    await add.evaluate((b) => {
      const bar = document.querySelector('#page-soan-thao .actions').getBoundingClientRect();
      window.scrollBy({ left: 0, top: b.getBoundingClientRect().bottom - bar.top + 2, behavior: 'instant' });
    });
    await add.click();
    await page.waitForSelector(control('$.noi_dung[0]'));
    await sleep(300);
    const hidden = await page.evaluate(() => {
      const bar = document.querySelector('#page-soan-thao .actions').getBoundingClientRect().top;
      const under = (e) => e.getBoundingClientRect().bottom > bar + 1;
      return [document.activeElement, document.querySelector('fieldset[data-path="$.noi_dung"] > button.add')]
        .filter(under).map((e) => e.outerHTML.slice(0, 80));
    });
    assert.deepEqual(hidden, [], `at ${view.width} px the new line and the add button are above the action bar`);
    if (view === phone) await shot('01b-dong-moi-dien-thoai.png');
    await click('div.outline-line[data-path="$.noi_dung[0]"] + button.remove');
    await page.waitForSelector(control('$.noi_dung[0]'), { hidden: true });
  }

  log('fill the seed plan form');
  for (const step of formSteps()) {
    if (step.list) await fillList(step.list, step.items, step.outline);
    else await fill(control(step.path), step.value);
  }

  log('preview');
  await waitFor('#preview-status', { text: 'đã cập nhật', timeout: 30000 });
  const src = await attr('#preview', 'src');
  assert.ok(src && src.startsWith('blob:'), 'the preview shows a PDF');
  assert.ok(Number(await attr('#preview', 'data-bytes')) > 10000, 'the preview PDF has content');
  await sleep(2500);  // Firefox's PDF viewer (pdf.js) draws
  await shot('02-bieu-mau-va-xem-truoc.png');
  await shot('02b-bieu-mau-ca-trang.png', true);
  assert.equal(await page.$$eval('.field-error', (es) => es.filter((e) => e.textContent !== '').length), 0,
    'no field errors for the seed plan');

  log('issue');
  await click('#issue');
  await waitFor('#issue-result strong', { text: 'Đã phát hành', timeout: 30000 });
  assert.equal(await attr('#issue-result', 'data-symbol'), firstSymbol, 'the first number of 2018 in a new register');
  await page.$eval('#issue-result', (e) => e.scrollIntoView({ block: 'center' }));
  await shot('03-da-phat-hanh.png');

  log('download the PDF and check its text and number');
  const pdf = await download(() => clickButton('#issue-result', 'Tải PDF'), 'van-ban-phat-hanh.pdf');
  log('(downloaded as ' + pdf.suggested + ')');
  const text = pdfText(pdf.target);
  writeFileSync(join(out, 'van-ban-phat-hanh.txt'), text);
  checkIssuedText(text);
  const docx = await download(() => clickButton('#issue-result', 'Tải DOCX'), 'van-ban-phat-hanh.docx');
  assert.ok(docx.suggested.endsWith('.docx'), 'the DOCX keeps its name: ' + docx.suggested);
  // Firefox opens a downloaded PDF in a tab of its own as well (its default
  // for PDF, a user's setting): closed, the page brought back to the front.
  for (const p of await browser.pages()) if (p !== page) await p.close();
  await page.bringToFront();

  log('find it in the register');
  await click('nav a[data-page="so-dang-ky"]');
  await fill('#register-filters input[name=year]', '2018');
  await fill('#register-filters input[name=text]', 'Phát động');
  await click('#register-filters button[type=submit]');
  const row = await waitFor('#register-table tbody tr', { text: firstSymbol });
  const rowText = await row.evaluate((e) => e.innerText);
  assert.match(rowText, /Nguyễn Quang Huy/);
  assert.match(rowText, /vanthu1/, 'the row names the account that issued it');
  await shot('04-so-dang-ky.png');

  log('a field filled wrong shows its error at the field');
  await click('nav a[data-page="soan-thao"]');
  await fill(control('$.ngay'), '31/02/2018');
  await fill(control('$.nguoi_ky.ho_ten'), '');
  await waitFor('div.field[data-path="$.ngay"] .field-error', { text: 'Ngày không hợp lệ', timeout: 10000 });
  await page.waitForFunction(() => /trống|Chưa nhập/.test(
    document.querySelector('div.field[data-path="$.nguoi_ky.ho_ten"] .field-error')?.textContent || ''), { timeout: 10000 });
  assert.equal(await attr(control('$.ngay'), 'aria-invalid'), 'true');
  await page.$eval(control('$.ngay'), (e) => e.scrollIntoView({ block: 'center' }));
  await shot('05-loi-tai-o-nhap.png');

  log('markup in the data is shown as text');
  await fill(control('$.ngay'), '2018-04-02');
  await fill(control('$.nguoi_ky.ho_ten'), data.nguoi_ky.ho_ten);
  await fill(control('$.trich_yeu'), evilSummary);
  await page.waitForFunction(() => [...document.querySelectorAll('.field-error')].every((e) => e.textContent === ''),
    { timeout: 10000 }).catch(() => {});
  await click('#issue');
  await waitFor('#issue-result strong', { text: '02/KH-STTTT', timeout: 30000 });
  await click('nav a[data-page="so-dang-ky"]');
  await fill('#register-filters input[name=text]', 'window.__xss');
  await click('#register-filters button[type=submit]');
  const evilRow = await waitFor('#register-table tbody tr', { text: '02/KH-STTTT' });
  assert.ok((await evilRow.evaluate((e) => e.innerText)).includes('<script>window.__xss=1</script>'), 'the script tag shows as text');
  assert.equal(await page.evaluate(() => window.__xss), undefined, 'no script from the data ran');
  assert.equal((await page.$$('#register-table img')).length, 0);
  await shot('06-du-lieu-co-the-script.png');

  log('check page');
  await click('nav a[data-page="kiem-tra"]');
  await (await page.$('#check-file')).uploadFile(docx.target);
  await waitFor('#check-result .check-row', { timeout: 30000 });
  assert.match(await textOf('#check-status'), /van-ban-phat-hanh\.docx/);
  assert.ok(await page.$$eval('#check-result .check-row', (rs) => rs.some((r) => r.textContent.includes('KẾ HOẠCH'))), 'the text is shown');
  await shot('07-kiem-tra.png');
  // A document typed by people (the shared reference set, when present): its
  // findings stand beside the paragraphs they concern.
  const typed = typedDocument();
  if (existsSync(typed)) {
    await (await page.$('#check-file')).uploadFile(typed);
    await waitFor('#check-status', { text: '20-sct-laocai-cv-3155.docx:', timeout: 30000 });
    assert.match(await textOf('#check-status'), /\d+ lỗi/);
    const flagged = await waitFor('#check-result .check-row.has-findings');
    assert.ok((await flagged.$$('.finding')).length > 0, 'a finding beside its paragraph');
    await flagged.evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await shot('07b-kiem-tra-van-ban-co-loi.png');
  } else {
    log('(no ' + typed + ': the check of a typed document is skipped)');
  }

  log('phone width');
  await page.setViewport(phone);
  await click('nav a[data-page="soan-thao"]');
  await sleep(300);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= phone.width, 'no horizontal scrolling at phone width (' + width + ' px)');
  await shot('08-dien-thoai.png');
  await shot('08b-dien-thoai-ca-trang.png', true);
  await page.$eval('fieldset[data-path="$.noi_dung"]', (e) => e.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await shot('08c-dien-thoai-noi-dung.png');

  log('administrator: accounts and the audit log');
  await page.setViewport(desktop);
  await click('#logout');
  await waitFor('#login-form');
  await fill('#login-form input[name=username]', 'quantri');
  await fill('#login-form input[name=password]', password);
  await click('#login-form button[type=submit]');
  await click('nav a[data-page="quan-tri"]');
  await waitFor('#users-table tbody tr', { text: 'vanthu1' });
  const audit = await page.waitForFunction((symbol) => [...document.querySelectorAll('#audit-table tbody tr')]
    .find((r) => r.textContent.includes('register.issue') && r.textContent.includes(symbol)), { timeout: 15000 }, firstSymbol);
  assert.match(await audit.evaluate((e) => e.innerText), /vanthu1/, 'the audit log names who issued');
  await shot('09-quan-tri.png');

  assert.deepEqual(dialogs, [], 'no dialogs');
  assert.deepEqual(pageErrors, [], 'no script errors in the page');
  console.log(`browser test (${await browser.version()}) passed in ${((Date.now() - started) / 1000).toFixed(0)} s; screenshots in ${out}`);
} catch (e) {
  failed = true;
  console.error('browser test FAILED: ' + (e.stack || e));
  await shot('failure.png', true).catch(() => {});
} finally {
  await browser.close().catch((e) => console.error('closing firefox: ' + e));
  const code = await server.stop();
  if (code !== 0) { failed = true; console.error('server exit status ' + code + '\n' + server.log()); }
  rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
