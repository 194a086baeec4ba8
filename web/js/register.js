// The register (sổ đăng ký văn bản đi): "Cấp số và phát hành" from the
// drafting page, the register's rows with search, voiding, downloads of
// issued documents, and the year's export (văn thư).
import { get, post, download, ApiError } from './api.js';

const $ = (id) => document.getElementById(id);
const STATUS = { issued: 'Đã phát hành', reserved: 'Giữ số', confirmed: 'Đã xác nhận', released: 'Bỏ giữ số', voided: 'Đã hủy', imported: 'Nhập từ sổ cũ' };
let session = null;
let built = false;

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

// "2018-03-27" -> "27/03/2018", as dates are written in the register.
function vnDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso || '';
}

function button(text, onClick) {
  const b = el('button', text);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

async function fetchFile(url) {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) {
    const body = await res.json().catch(() => null);
    throw new ApiError(res.status, body);
  }
  const m = /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') || '');
  return { blob: await res.blob(), name: m ? m[1] : 'van-ban' };
}

async function save(url) {
  try {
    const { blob, name } = await fetchFile(url);
    download(blob, name);
  } catch (e) {
    alert(e.message);
  }
}

// Fetches the issued PDF, has the server sign it with the organ's key and
// offers the signed file.
async function signAndSave(pdfUrl) {
  try {
    const { blob, name } = await fetchFile(pdfUrl);
    const stem = name.replace(/\.pdf$/i, '');
    const { body } = await post('/api/sign?name=' + encodeURIComponent(stem + '.pdf'),
      new Blob([blob], { type: 'application/pdf' }));
    download(body, stem + '.ky-so.pdf');
  } catch (e) {
    alert('Chưa ký số được: ' + e.message);
  }
}

// Issues the document of the drafting form: the register gives the number
// and the date, renders DOCX and PDF and records the row in one transaction.
export async function issueDocument(template, form) {
  const out = $('issue-result');
  out.hidden = false;
  out.className = 'notice';
  out.textContent = 'Đang cấp số…';
  const data = form.read();
  delete data.so;  // the register numbers it
  try {
    const { body } = await post('/api/register/issue/' + template, data);
    const row = body.row;
    out.replaceChildren(el('strong', `Đã phát hành: số ${row.symbol}, ngày ${vnDate(row.date)}.`), ' ');
    out.dataset.symbol = row.symbol;
    out.append(button('Tải PDF', () => save(body.downloads.pdf)), ' ', button('Tải DOCX', () => save(body.downloads.docx)));
    // The organ's digital signature (văn thư), when the server holds the key.
    if (session && session.signing && ['van_thu', 'quan_tri'].includes(session.role))
      out.append(' ', button('Ký số (cơ quan) và tải PDF', () => signAndSave(body.downloads.pdf)));
  } catch (e) {
    out.className = 'notice bad';
    if (e instanceof ApiError && e.body.errors) {
      form.showErrors(e.body.errors);
      out.textContent = 'Chưa phát hành được: ' + e.body.errors.map((x) => x.text).join('; ');
    } else {
      out.textContent = 'Chưa phát hành được: ' + e.message;
    }
  }
}

function buildPage() {
  const root = $('register-body');
  const filters = el('form', undefined, 'register-filters');
  filters.id = 'register-filters';
  const field = (label, input) => {
    const l = el('label', label);
    l.append(input);
    return l;
  };
  const year = el('input');
  year.name = 'year';
  year.inputMode = 'numeric';
  year.value = String(new Date().getFullYear());
  const text = el('input');
  text.name = 'text';
  text.type = 'search';
  text.placeholder = 'số, ký hiệu, trích yếu, người ký…';
  const status = el('select');
  status.name = 'status';
  status.append(new Option('(tất cả)', ''));
  for (const [k, v] of Object.entries(STATUS)) status.append(new Option(v, k));
  filters.append(field('Năm', year), field('Tìm kiếm', text), field('Trạng thái', status));
  const search = el('button', 'Tìm');
  search.type = 'submit';
  filters.append(search);
  filters.addEventListener('submit', (ev) => { ev.preventDefault(); showRegister(); });
  text.addEventListener('input', () => { clearTimeout(text.timer); text.timer = setTimeout(showRegister, 300); });

  const exports = el('div', undefined, 'actions');
  exports.dataset.role = 'van_thu quan_tri';
  exports.hidden = !['van_thu', 'quan_tri'].includes(session.role);
  for (const [fmt, label] of [['pdf', 'Xuất sổ (PDF)'], ['docx', 'Xuất sổ (DOCX)'], ['csv', 'Xuất sổ (CSV)']])
    exports.append(button(label, () => save(`/api/register/export?format=${fmt}&year=${encodeURIComponent(year.value)}`)));

  const info = el('p', '', 'status');
  info.id = 'register-info';
  const scroll = el('div', undefined, 'table-scroll');
  const table = el('table', undefined, 'grid');
  table.id = 'register-table';
  const head = el('tr');
  for (const h of ['Số, ký hiệu', 'Ngày tháng', 'Tên loại và trích yếu', 'Người ký', 'Nơi nhận', 'Lưu', 'Trạng thái', 'Ghi chú', 'Người cấp', ''])
    head.append(el('th', h));
  table.append(el('thead'), el('tbody'));
  table.tHead.append(head);
  scroll.append(table);
  root.replaceChildren(filters, exports, info, scroll);
}

export async function showRegister() {
  if (!built) { buildPage(); built = true; }
  const f = new FormData($('register-filters'));
  const q = new URLSearchParams();
  for (const [k, v] of f.entries()) if (v) q.set(k, v);
  let body;
  try {
    body = await get('/api/register?' + q.toString());
  } catch (e) {
    $('register-info').textContent = e.message;
    $('register-table').tBodies[0].replaceChildren();
    return;
  }
  $('register-info').textContent = `${body.rows.length} văn bản`;
  const canIssue = ['van_thu', 'quan_tri'].includes(session.role);
  $('register-table').tBodies[0].replaceChildren(...body.rows.map((r) => {
    const tr = el('tr');
    if (r.status === 'voided') tr.className = 'voided';
    tr.dataset.id = r.id;
    tr.append(el('td', r.symbol), el('td', vnDate(r.date)), el('td', [r.type_name, r.summary].filter(Boolean).join(' — ')),
      el('td', r.signer), el('td', r.recipients), el('td', r.archive), el('td', STATUS[r.status] || r.status),
      el('td', [r.note, r.void_reason].filter(Boolean).join(' — '), 'note'), el('td', r.issued_by));
    const actions = el('td');
    if (r.template_name && (r.status === 'issued' || r.status === 'voided')) {
      actions.append(button('PDF', () => save(`/api/register/${r.id}/download?format=pdf`)), ' ',
        button('DOCX', () => save(`/api/register/${r.id}/download?format=docx`)));
    }
    if (canIssue && ['issued', 'confirmed', 'imported'].includes(r.status)) {
      actions.append(' ', button('Hủy số', async () => {
        const reason = prompt('Lý do hủy số ' + r.symbol + ' (số đã hủy không được dùng lại):');
        if (!reason) return;
        try {
          await post(`/api/register/${r.id}/void`, { reason });
        } catch (e) {
          alert(e.message);
        }
        showRegister();
      }));
    }
    tr.append(actions);
    return tr;
  }));
}

export function initRegister(s) { session = s; }
