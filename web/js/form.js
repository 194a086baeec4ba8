// A form generated from a template's JSON Schema: one field per property,
// nested objects as groups, lists that grow (recipients, bases), and the
// content editor where each line is a mục, khoản, điểm, dash item or
// paragraph. read() gives the data as `vanthu render` reads it; showErrors()
// puts each error of the server beside the field its JSON path names.

const OUTLINE_LEVELS = [
  ['', 'Đoạn văn'],
  ['# ', 'Mục (I.)'],
  ['## ', 'Khoản (1.)'],
  ['### ', 'Điểm (a)'],
  ['#. ', 'Đoạn đánh số'],
  ['- ', 'Gạch đầu dòng (-)'],
];

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c) e.append(c);
  return e;
}

let uid = 0;
const nextId = () => 'f' + (++uid);

// The shell every field shares: title, help text, the slot for its error.
function shell(schema, required, tag = 'div') {
  const wrap = el(tag, { class: 'field' });
  const error = el('div', { class: 'field-error', role: 'alert' });
  return { wrap, error, title: (schema.title || '') + (required ? ' *' : ''), help: schema.description };
}

class Scalar {
  constructor(schema, required) {
    this.schema = schema;
    this.required = required;
    const s = shell(schema, required);
    this.wrap = s.wrap;
    this.error = s.error;
    const id = nextId();
    if (schema.type === 'boolean') {
      // A check box, its label beside it.
      this.input = el('input', { id, type: 'checkbox' });
      this.wrap.classList.add('check');
      this.wrap.append(el('label', { for: id }, this.input, document.createTextNode(' ' + s.title)));
      if (s.help) this.wrap.append(el('small', { class: 'help', text: s.help }));
      this.wrap.append(this.error);
      return;
    }
    if (schema.enum) {
      this.input = el('select', { id });
      for (const v of schema.enum) this.input.append(el('option', { value: v, text: v === '' ? '(không)' : v }));
    } else if (schema['x-vanthu-multiline']) {
      this.input = el('textarea', { id, rows: 2 });
    } else {
      this.input = el('input', { id, type: 'text', inputmode: schema.type === 'integer' ? 'numeric' : undefined,
        placeholder: schema['x-vanthu-date'] ? 'ví dụ 2018-03-27 hoặc 27/3/2018' : undefined });
    }
    this.wrap.append(el('label', { for: id, text: s.title }), this.input);
    if (s.help) this.wrap.append(el('small', { class: 'help', text: s.help }));
    this.wrap.append(this.error);
  }
  get() {
    if (this.schema.type === 'boolean') return this.input.checked ? true : this.required ? false : undefined;
    const v = this.input.value;
    if (v.trim() === '') return this.required && this.schema.type !== 'integer' ? '' : undefined;
    if (this.schema.type === 'integer' && /^-?\d+$/.test(v.trim())) return Number(v.trim());
    if (this.schema.type === 'number' && v.trim() !== '' && !isNaN(Number(v))) return Number(v);
    return v;  // a wrong value goes as typed: the server names the error at this field
  }
  set(v) {
    if (this.schema.type === 'boolean') this.input.checked = v === true;
    else this.input.value = v === undefined || v === null ? '' : String(v);
  }
  setPath(p) { this.path = p; this.input.dataset.path = p; this.wrap.dataset.path = p; }
  nodes() { return [this]; }
}

class Group {
  constructor(schema, required, title = true) {
    this.schema = schema;
    const s = shell(schema, required, 'fieldset');
    this.wrap = s.wrap;
    this.error = s.error;
    this.wrap.classList.add('group');
    if (title && s.title) this.wrap.append(el('legend', { text: s.title }));
    if (s.help) this.wrap.append(el('small', { class: 'help', text: s.help }));
    this.wrap.append(this.error);
    this.children = {};
    const req = new Set(schema.required || []);
    // The marks most documents do not carry (độ mật, độ khẩn, dự thảo…)
    // folded under one summary, open when one of them has a value.
    let more = null;
    for (const [key, sub] of Object.entries(schema.properties || {})) {
      const child = makeNode(sub, req.has(key));
      this.children[key] = child;
      if (sub['x-vanthu-advanced']) {
        if (!more) {
          more = el('details', { class: 'more' }, el('summary', { text: 'Các thành phần khác: độ mật, độ khẩn, dự thảo, địa chỉ…' }));
          this.more = more;
          this.wrap.append(more);
        }
        more.append(child.wrap);
      } else {
        this.wrap.append(child.wrap);
      }
    }
  }
  get() {
    const out = {};
    let any = false;
    for (const [k, c] of Object.entries(this.children)) {
      const v = c.get();
      if (v !== undefined) { out[k] = v; any = true; }
    }
    return any ? out : undefined;
  }
  set(v) {
    for (const [k, c] of Object.entries(this.children)) c.set(v ? v[k] : undefined);
    if (this.more && v && Object.keys(this.children).some((k) => this.schema.properties[k]['x-vanthu-advanced'] && v[k] !== undefined && v[k] !== null && v[k] !== ''))
      this.more.open = true;
  }
  setPath(p) {
    this.path = p;
    this.wrap.dataset.path = p;
    for (const [k, c] of Object.entries(this.children)) c.setPath(p + '.' + k);
  }
  nodes() { return [this, ...Object.values(this.children).flatMap((c) => c.nodes())]; }
}

// A list that grows: strings, objects, or outline lines.
class List {
  constructor(schema, required) {
    this.schema = schema;
    this.required = required;
    this.outline = schema['x-vanthu-editor'] === 'outline';
    const s = shell(schema, required, 'fieldset');
    this.wrap = s.wrap;
    this.error = s.error;
    this.wrap.classList.add('group', 'list');
    this.wrap.append(el('legend', { text: s.title }));
    if (s.help) this.wrap.append(el('small', { class: 'help', text: s.help }));
    this.itemsEl = el('ol', { class: this.outline ? 'items outline' : 'items' });
    this.items = [];
    const item = schema.items || { type: 'string' };
    this.addButton = el('button', { type: 'button', class: 'add', text: '+ Thêm ' + (this.outline ? 'dòng' : (item.title || 'mục')).toLowerCase() });
    this.addButton.addEventListener('click', () => {
      const node = this.add();
      this.setPath(this.path);
      node.focus();
      // The new line and this button in view above the drafting page's
      // action bar, which sticks to the bottom of the window (focus alone
      // leaves a line that is partly in view under it).
      this.addButton.scrollIntoView({ block: 'nearest' });
      this.wrap.dispatchEvent(new Event('input', { bubbles: true }));
    });
    this.wrap.append(this.itemsEl, this.addButton, this.error);
  }
  add(value) {
    const itemSchema = this.schema.items || { type: 'string' };
    const li = el('li', { class: 'item' });
    let node;
    if (this.outline) {
      node = new OutlineLine(li);
    } else if ((itemSchema.type || 'string') === 'object') {
      node = new Group({ ...itemSchema, title: '' }, true, false);
      li.append(node.wrap);
      node.focus = () => node.wrap.querySelector('input,select,textarea')?.focus();
    } else {
      node = new Scalar({ ...itemSchema, title: '' }, true);
      node.wrap.querySelector('label').remove();
      node.input.setAttribute('aria-label', this.schema.title || '');
      li.append(node.wrap);
      node.focus = () => node.input.focus();
    }
    const remove = el('button', { type: 'button', class: 'remove', 'aria-label': 'Xóa dòng này', title: 'Xóa', text: '×' });
    remove.addEventListener('click', () => {
      const i = this.items.findIndex((x) => x.node === node);
      this.items.splice(i, 1);
      li.remove();
      this.setPath(this.path);
      this.wrap.dispatchEvent(new Event('input', { bubbles: true }));
    });
    li.append(remove);
    this.itemsEl.append(li);
    this.items.push({ node, li });
    if (value !== undefined) node.set(value);
    return node;
  }
  get() {
    const out = this.items.map((x) => x.node.get()).map((v) => (v === undefined ? '' : v));
    if (!out.length && !this.required) return undefined;
    return out;
  }
  set(v) {
    this.items = [];
    this.itemsEl.replaceChildren();
    if (Array.isArray(v)) for (const x of v) this.add(x);
    this.setPath(this.path);
  }
  setPath(p) {
    this.path = p;
    this.wrap.dataset.path = p;
    this.items.forEach((x, i) => x.node.setPath(p + '[' + i + ']'));
  }
  nodes() { return [this, ...this.items.flatMap((x) => x.node.nodes())]; }
}

// One line of the content: its level and its text (the prefix is the
// markup the engine numbers: "# " a mục, "## " a khoản …).
class OutlineLine {
  constructor(li) {
    this.level = el('select', { class: 'level', 'aria-label': 'Cấp' });
    for (const [prefix, name] of OUTLINE_LEVELS) this.level.append(el('option', { value: prefix, text: name }));
    this.input = el('textarea', { rows: 2, 'aria-label': 'Nội dung dòng' });
    this.error = el('div', { class: 'field-error', role: 'alert' });
    this.wrap = el('div', { class: 'field outline-line' }, this.level, this.input, this.error);
    li.append(this.wrap);
  }
  get() { return this.level.value + this.input.value; }
  set(v) {
    const s = String(v ?? '');
    const hit = OUTLINE_LEVELS.filter(([p]) => p && s.startsWith(p)).sort((a, b) => b[0].length - a[0].length)[0];
    this.level.value = hit ? hit[0] : '';
    this.input.value = hit ? s.slice(hit[0].length) : s;
  }
  setPath(p) { this.path = p; this.input.dataset.path = p; this.wrap.dataset.path = p; }
  focus() { this.input.focus(); }
  nodes() { return [this]; }
}

function makeNode(schema, required) {
  const type = schema.type || (schema.properties ? 'object' : 'string');
  if (type === 'object') return new Group(schema, required);
  if (type === 'array') return new List(schema, required);
  return new Scalar(schema, required);
}

export class SchemaForm {
  constructor(container, schema) {
    this.root = new Group(schema, true, false);
    this.root.setPath('$');
    container.replaceChildren(...this.root.wrap.childNodes);
    this.root.wrap = container;
  }
  read() { return this.root.get() || {}; }
  fill(data) { this.root.set(data); this.root.setPath('$'); }

  // errors: [{path, message}] as the API returns them. An error whose path
  // has no field of its own goes to the nearest enclosing one.
  showErrors(errors) {
    const nodes = this.root.nodes();
    const byPath = new Map(nodes.filter((n) => n.path).map((n) => [n.path, n]));
    for (const n of nodes) {
      if (n.error) n.error.textContent = '';
      n.wrap.classList?.remove('invalid');
      n.input?.removeAttribute('aria-invalid');
    }
    const unplaced = [];
    for (const e of errors) {
      let p = e.path || '';
      let node = byPath.get(p);
      while (!node && p.startsWith('$') && p.length > 1) {
        p = p.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
        if (p === '$') break;
        node = byPath.get(p);
      }
      if (!node || !node.error) { unplaced.push(e); continue; }
      node.error.textContent = (node.error.textContent ? node.error.textContent + ' · ' : '') + describe(e);
      node.wrap.classList?.add('invalid');
      const fold = node.wrap.closest?.('details');
      if (fold) fold.open = true;
      node.input?.setAttribute('aria-invalid', 'true');
    }
    return unplaced;
  }
}

// The engine's messages are English sentences about the path; the common
// ones get a Vietnamese wording, the rest are shown as they are.
function describe(e) {
  const m = e.message || '';
  if (m === 'is missing') return 'Chưa nhập (bắt buộc).';
  if (m === 'must not be empty') return 'Không được để trống.';
  if (m.startsWith('must be a whole number')) return 'Phải là một số nguyên.';
  if (m.startsWith('is not a valid date')) return 'Ngày không hợp lệ: ghi theo dạng 2018-03-27 hoặc 27/3/2018.';
  const one = /^must be one of (.*) \(or left out\)/.exec(m);
  if (one) return 'Chỉ được chọn một trong: ' + one[1] + ' (hoặc để trống).';
  return m;
}
