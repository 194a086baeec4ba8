// The check page: upload a DOCX, show its paragraphs with each finding of
// Nghị định 30 beside the paragraph it concerns (text only: nothing from
// the document is interpreted as HTML).
import { post } from './api.js';

const $ = (id) => document.getElementById(id);

function cell(tag, text, cls) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  e.textContent = text;
  return e;
}

function show(result) {
  const out = $('check-result');
  out.replaceChildren();
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const warnings = result.findings.length - errors;
  $('check-status').textContent = result.clean
    ? result.file + ': không phát hiện lỗi thể thức.'
    : `${result.file}: ${errors} lỗi, ${warnings} cảnh báo.`;
  const byParagraph = new Map();
  const general = [];
  for (const f of result.findings) {
    if (f.part === 'word/document.xml' && f.paragraph > 0) {
      if (!byParagraph.has(f.paragraph)) byParagraph.set(f.paragraph, []);
      byParagraph.get(f.paragraph).push(f);
    } else {
      general.push(f);
    }
  }
  const finding = (f) => {
    const li = cell('li', '', 'finding ' + f.severity);
    // The subject in Vietnamese, then the detail (measured values) as the checker states it.
    li.append(cell('strong', (f.severity === 'error' ? 'Lỗi' : 'Cảnh báo') + ' – ' + (f.title_vi || f.about) + ' (' + f.rule + ')'));
    li.append(cell('div', f.message, 'detail'));
    if (f.fix) li.append(cell('div', 'Sửa: ' + f.fix, 'fix'));
    return li;
  };
  if (general.length) {
    const ul = cell('ul', '', 'findings general');
    general.forEach((f) => ul.append(finding(f)));
    out.append(cell('h2', 'Toàn văn bản'), ul);
  }
  const table = cell('div', '', 'check-grid');
  for (const p of result.paragraphs) {
    const row = cell('div', '', 'check-row' + (byParagraph.has(p.number) ? ' has-findings' : ''));
    row.dataset.paragraph = p.number;
    row.append(cell('div', p.text || '\u00a0', 'check-text'));
    const ul = cell('ul', '', 'findings');
    (byParagraph.get(p.number) || []).forEach((f) => ul.append(finding(f)));
    row.append(ul);
    table.append(row);
  }
  out.append(table);
}

export function initCheck() {
  $('check-file').addEventListener('change', async (ev) => {
    const file = ev.target.files[0];
    if (!file) return;
    $('check-status').textContent = 'Đang kiểm tra ' + file.name + '…';
    try {
      const { body } = await post('/api/check?name=' + encodeURIComponent(file.name), file);
      show(body);
    } catch (e) {
      $('check-status').textContent = e.message;
      $('check-result').replaceChildren();
    }
    ev.target.value = '';
  });
}
