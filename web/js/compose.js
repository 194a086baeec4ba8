// The drafting page: pick a template, fill its form, see the errors at the
// fields as you type and the PDF as it will be issued (both debounced),
// download DOCX/PDF, and (văn thư) issue it with the register's next number.
import { get, post, download, ApiError } from './api.js';
import { SchemaForm } from './form.js';
import { issueDocument } from './register.js';

const VALIDATE_DELAY = 300;  // ms after the last keystroke
const PREVIEW_DELAY = 900;

let form = null;
let template = '';
let validateTimer = 0, previewTimer = 0, previewUrl = '';
let generation = 0;  // drops answers to requests overtaken by newer input

const $ = (id) => document.getElementById(id);

function setStatus(id, text) { $(id).textContent = text; }

async function validate() {
  const g = generation;
  try {
    const { body } = await post('/api/validate/' + template, form.read());
    if (g !== generation) return false;
    const unplaced = form.showErrors(body.errors);
    setStatus('form-status', body.ok ? '' : unplaced.map((e) => e.text).join('\n') || 'Còn lỗi ở các ô được đánh dấu.');
    return body.ok;
  } catch (e) {
    if (g === generation) setStatus('form-status', e.message);
    return false;
  }
}

async function preview() {
  const g = generation;
  setStatus('preview-status', 'đang cập nhật…');
  try {
    const { body } = await post('/api/render/' + template + '?format=pdf', form.read());
    if (g !== generation) return;
    if (previewUrl) URL.revokeObjectURL(previewUrl);
    previewUrl = URL.createObjectURL(body);
    // The viewer's side panel off, the page width fitted (Chromium's and Firefox's viewers read these).
    $('preview').src = previewUrl + '#navpanes=0&view=FitH';
    $('preview').parentElement.classList.remove('stale');
    $('preview').dataset.bytes = String(body.size);
    setStatus('preview-status', 'đã cập nhật');
  } catch (e) {
    if (g !== generation) return;
    if (e instanceof ApiError && e.body.errors) form.showErrors(e.body.errors);
    setStatus('preview-status', 'chưa cập nhật được: dữ liệu còn lỗi');
    $('preview').parentElement.classList.add('stale');
  }
}

function changed() {
  generation++;
  clearTimeout(validateTimer);
  clearTimeout(previewTimer);
  validateTimer = setTimeout(validate, VALIDATE_DELAY);
  previewTimer = setTimeout(preview, PREVIEW_DELAY);
}

async function loadTemplate(name) {
  template = name;
  const t = await get('/api/templates/' + name);
  $('template-description').textContent = 'Thể thức theo Nghị định 30/2020/NĐ-CP · mã mẫu: ' + t.name;
  form = new SchemaForm($('doc-form'), t.schema);
  form.fill({});
  $('preview').removeAttribute('src');
  setStatus('form-status', '');
  setStatus('preview-status', '');
}

async function save(format) {
  try {
    const { body, headers } = await post('/api/render/' + template + '?format=' + format, form.read());
    const disposition = headers.get('Content-Disposition') || '';
    const m = /filename="([^"]+)"/.exec(disposition);
    download(body, m ? m[1] : template + '.' + format);
    setStatus('form-status', '');
  } catch (e) {
    if (e instanceof ApiError && e.body.errors) form.showErrors(e.body.errors);
    setStatus('form-status', 'Không tạo được văn bản: ' + e.message);
  }
}

export async function initCompose() {
  const list = await get('/api/templates');
  const select = $('template-select');
  select.replaceChildren(...list.map((t) => {
    const o = document.createElement('option');
    o.value = t.name;
    o.textContent = t.label || t.name;
    return o;
  }));
  select.addEventListener('change', () => loadTemplate(select.value));
  $('doc-form').addEventListener('input', changed);
  $('doc-form').addEventListener('change', changed);
  $('download-docx').addEventListener('click', () => save('docx'));
  $('download-pdf').addEventListener('click', () => save('pdf'));
  $('issue').addEventListener('click', async () => {
    if (!(await validate())) return;
    await issueDocument(template, form);
  });
  $('load-json').addEventListener('change', async (ev) => {
    const file = ev.target.files[0];
    if (!file) return;
    try {
      form.fill(JSON.parse(await file.text()));
      changed();
    } catch (e) {
      setStatus('form-status', file.name + ': không đọc được JSON (' + e.message + ')');
    }
    ev.target.value = '';
  });
  const preferred = list.find((t) => t.name === 'ke-hoach') ? 'ke-hoach' : list[0]?.name;
  select.value = preferred;
  if (preferred) await loadTemplate(preferred);
}
