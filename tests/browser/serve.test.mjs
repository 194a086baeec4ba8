// Browser test of `vanthu serve`: Debian's chromium driven by playwright-core.
// A văn thư logs in, fills the seed plan's form (examples/ke-hoach-atgt-2018),
// sees the preview, issues it, downloads the PDF and checks its text and
// number, finds it in the register; fills a field wrong and sees the error at
// the field; data with markup is shown back as text; the check page; a phone
// width. Screenshots of each step go to $VANTHU_BROWSER_OUT (default
// ./out). Exit status 0 when every step passed.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { checkIssuedText, checkSignedPdf, data, desktop, evilSummary, firstSymbol, formSteps, log, outputDir, password, pdfText, phone,
  startServer, typedDocument, workDir } from './flow.mjs';

const out = outputDir('out');
const work = workDir();
const server = await startServer(work);
const base = server.base;

const context = await chromium.launchPersistentContext(join(work, 'profile'), {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
  viewport: desktop,
  acceptDownloads: true,
  locale: 'vi-VN',
});
const page = context.pages()[0] || await context.newPage();
const dialogs = [];
page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
const pageErrors = [];
page.on('pageerror', (e) => pageErrors.push(String(e)));
const shot = (name) => page.screenshot({ path: join(out, name), fullPage: false });

const field = (path) => page.locator(`[data-path="${path}"]`).locator('xpath=self::input|self::textarea|self::select').first();

async function fillList(path, items, outline = false) {
  const list = page.locator(`fieldset[data-path="${path}"]`);
  for (let i = 0; i < items.length; i++) {
    await list.locator(':scope > button.add').click();
    if (outline) {
      await page.locator(`div.outline-line[data-path="${path}[${i}]"] select.level`).selectOption(items[i].level);
      await page.locator(`textarea[data-path="${path}[${i}]"]`).fill(items[i].text);
    } else {
      await page.locator(`input[data-path="${path}[${i}]"], textarea[data-path="${path}[${i}]"]`).fill(items[i]);
    }
  }
}

let failed = false;
try {
  log('login');
  await page.goto(base + '/');
  await page.locator('#login-form').waitFor();
  await shot('01-dang-nhap.png');
  await page.fill('#login-form input[name=username]', 'vanthu1');
  await page.fill('#login-form input[name=password]', 'sai-mat-khau');
  await page.click('#login-form button[type=submit]');
  await page.locator('#login-error', { hasText: 'Sai tên đăng nhập' }).waitFor();
  await page.fill('#login-form input[name=password]', password);
  await page.click('#login-form button[type=submit]');
  await page.locator('#page-soan-thao').waitFor({ state: 'visible' });
  await page.locator('[data-path="$.co_quan.ten"]').first().waitFor();

  log('fill the seed plan form');
  for (const step of formSteps()) {
    if (step.list) await fillList(step.list, step.items, step.outline);
    else await field(step.path).fill(step.value);
  }

  log('preview');
  await page.locator('#preview-status', { hasText: 'đã cập nhật' }).waitFor({ timeout: 30000 });
  const src = await page.locator('#preview').getAttribute('src');
  assert.ok(src && src.startsWith('blob:'), 'the preview shows a PDF');
  assert.ok(Number(await page.locator('#preview').getAttribute('data-bytes')) > 10000, 'the preview PDF has content');
  await page.waitForTimeout(1500);  // the PDF viewer draws
  await shot('02-bieu-mau-va-xem-truoc.png');
  await page.screenshot({ path: join(out, '02b-bieu-mau-ca-trang.png'), fullPage: true });
  assert.equal(await page.locator('.field-error:not(:empty)').count(), 0, 'no field errors for the seed plan');

  log('issue');
  await page.click('#issue');
  const result = page.locator('#issue-result');
  await result.locator('strong', { hasText: 'Đã phát hành' }).waitFor({ timeout: 30000 });
  const symbol = await result.getAttribute('data-symbol');
  assert.equal(symbol, firstSymbol, 'the first number of 2018 in a new register');
  await result.scrollIntoViewIfNeeded();
  await shot('03-da-phat-hanh.png');

  log('download the PDF and check its text and number');
  const [download] = await Promise.all([page.waitForEvent('download'), result.getByRole('button', { name: 'Tải PDF', exact: true }).click()]);
  const pdfPath = join(out, 'van-ban-phat-hanh.pdf');
  await download.saveAs(pdfPath);
  const text = pdfText(pdfPath);
  writeFileSync(join(out, 'van-ban-phat-hanh.txt'), text);
  checkIssuedText(text);
  const [docxDownload] = await Promise.all([page.waitForEvent('download'), result.getByRole('button', { name: 'Tải DOCX' }).click()]);
  const docxPath = join(out, 'van-ban-phat-hanh.docx');
  await docxDownload.saveAs(docxPath);

  log("the organ's digital signature");
  const [signedDownload] = await Promise.all([page.waitForEvent('download'),
    result.getByRole('button', { name: 'Ký số (cơ quan) và tải PDF' }).click()]);
  const signedPath = join(out, 'van-ban-ky-so.pdf');
  await signedDownload.saveAs(signedPath);
  assert.match(signedDownload.suggestedFilename(), /\.ky-so\.pdf$/);
  writeFileSync(join(out, 'van-ban-ky-so.pdfsig.txt'), checkSignedPdf(signedPath, work));
  // The page with the seal, to look at.
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [signedPath]).toString())[1]);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(pages), '-l', String(pages), signedPath, join(out, '03b-ky-so-trang-cuoi')]);

  log('find it in the register');
  await page.click('nav a[data-page="so-dang-ky"]');
  await page.fill('#register-filters input[name=year]', '2018');
  await page.fill('#register-filters input[name=text]', 'Phát động');
  await page.click('#register-filters button[type=submit]');
  const row = page.locator('#register-table tbody tr', { hasText: firstSymbol });
  await row.waitFor();
  assert.match(await row.innerText(), /Nguyễn Quang Huy/);
  assert.match(await row.innerText(), /vanthu1/, 'the row names the account that issued it');
  await shot('04-so-dang-ky.png');

  log('a field filled wrong shows its error at the field');
  await page.click('nav a[data-page="soan-thao"]');
  await field('$.ngay').fill('31/02/2018');
  await field('$.nguoi_ky.ho_ten').fill('');
  const dateError = page.locator('div.field[data-path="$.ngay"] .field-error');
  await dateError.filter({ hasText: 'Ngày không hợp lệ' }).waitFor({ timeout: 10000 });
  const nameError = page.locator('div.field[data-path="$.nguoi_ky.ho_ten"] .field-error');
  await nameError.filter({ hasText: /trống|Chưa nhập/ }).waitFor();
  assert.equal(await field('$.ngay').getAttribute('aria-invalid'), 'true');
  await field('$.ngay').scrollIntoViewIfNeeded();
  await shot('05-loi-tai-o-nhap.png');

  log('markup in the data is shown as text');
  await field('$.ngay').fill('2018-04-02');
  await field('$.nguoi_ky.ho_ten').fill(data.nguoi_ky.ho_ten);
  await field('$.trich_yeu').fill(evilSummary);
  await page.locator('.field-error:not(:empty)').first().waitFor({ state: 'detached', timeout: 10000 }).catch(() => {});
  await page.click('#issue');
  await result.locator('strong', { hasText: '02/KH-STTTT' }).waitFor({ timeout: 30000 });
  await page.click('nav a[data-page="so-dang-ky"]');
  await page.fill('#register-filters input[name=text]', 'window.__xss');
  await page.click('#register-filters button[type=submit]');
  const evilRow = page.locator('#register-table tbody tr', { hasText: '02/KH-STTTT' });
  await evilRow.waitFor();
  assert.ok((await evilRow.innerText()).includes('<script>window.__xss=1</script>'), 'the script tag shows as text');
  assert.equal(await page.evaluate(() => window.__xss), undefined, 'no script from the data ran');
  assert.equal(await page.locator('#register-table img').count(), 0);
  await shot('06-du-lieu-co-the-script.png');

  log('check page');
  await page.click('nav a[data-page="kiem-tra"]');
  await page.setInputFiles('#check-file', docxPath);
  await page.locator('#check-result .check-row').first().waitFor({ timeout: 30000 });
  assert.match(await page.locator('#check-status').innerText(), /van-ban-phat-hanh\.docx/);
  assert.ok(await page.locator('#check-result .check-row', { hasText: 'KẾ HOẠCH' }).count() > 0, 'the text is shown');
  await shot('07-kiem-tra.png');
  // A document typed by people (the shared reference set, when present): its
  // findings stand beside the paragraphs they concern.
  const typed = typedDocument();
  if (existsSync(typed)) {
    await page.setInputFiles('#check-file', typed);
    await page.locator('#check-status', { hasText: '20-sct-laocai-cv-3155.docx:' }).waitFor({ timeout: 30000 });
    assert.match(await page.locator('#check-status').innerText(), /\d+ lỗi/);
    const flagged = page.locator('#check-result .check-row.has-findings').first();
    await flagged.waitFor();
    assert.ok((await flagged.locator('.finding').count()) > 0, 'a finding beside its paragraph');
    await flagged.scrollIntoViewIfNeeded();
    await shot('07b-kiem-tra-van-ban-co-loi.png');
  } else {
    log('(no ' + typed + ': the check of a typed document is skipped)');
  }

  log('phone width');
  await page.setViewportSize(phone);
  await page.click('nav a[data-page="soan-thao"]');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= phone.width, 'no horizontal scrolling at phone width (' + width + ' px)');
  await shot('08-dien-thoai.png');
  await page.locator('fieldset[data-path="$.noi_dung"]').evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await shot('08c-dien-thoai-noi-dung.png');

  log('administrator: accounts and the audit log');
  await page.setViewportSize(desktop);
  await page.click('#logout');
  await page.locator('#login-form').waitFor({ state: 'visible' });
  await page.fill('#login-form input[name=username]', 'quantri');
  await page.fill('#login-form input[name=password]', password);
  await page.click('#login-form button[type=submit]');
  await page.locator('nav a[data-page="quan-tri"]').click();
  await page.locator('#users-table tbody tr', { hasText: 'vanthu1' }).waitFor();
  const issuedAudit = page.locator('#audit-table tbody tr', { hasText: 'register.issue' }).filter({ hasText: firstSymbol });
  await issuedAudit.waitFor();
  assert.match(await issuedAudit.innerText(), /vanthu1/, 'the audit log names who issued');
  await shot('09-quan-tri.png');

  assert.deepEqual(dialogs, [], 'no dialogs');
  assert.deepEqual(pageErrors, [], 'no script errors in the page');
  console.log('browser test passed; screenshots in ' + out);
} catch (e) {
  failed = true;
  console.error('browser test FAILED: ' + (e.stack || e));
  await page.screenshot({ path: join(out, 'failure.png'), fullPage: true }).catch(() => {});
} finally {
  await context.close();
  const code = await server.stop();
  if (code !== 0) { failed = true; console.error('server exit status ' + code + '\n' + server.log()); }
  rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
