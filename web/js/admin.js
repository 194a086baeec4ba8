// Accounts (quản trị): list, add, enable/disable; API tokens; the audit log.
import { get, post } from './api.js';

const $ = (id) => document.getElementById(id);
const ROLES = { chuyen_vien: 'Chuyên viên', van_thu: 'Văn thư', quan_tri: 'Quản trị' };

function td(text) {
  const e = document.createElement('td');
  e.textContent = text;
  return e;
}

async function refresh() {
  const users = await get('/api/users');
  const body = $('users-table').tBodies[0];
  body.replaceChildren(...users.map((u) => {
    const tr = document.createElement('tr');
    tr.append(td(u.username), td(u.display_name), td(ROLES[u.role] || u.role), td(u.active ? 'Đang dùng' : 'Đã khóa'));
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = u.active ? 'Khóa' : 'Mở khóa';
    b.addEventListener('click', async () => {
      await post('/api/users/' + encodeURIComponent(u.username) + '/active', { active: !u.active });
      refresh();
    });
    const cell = td('');
    cell.append(b);
    tr.append(cell);
    return tr;
  }));
  const audit = await get('/api/audit');
  $('audit-table').tBodies[0].replaceChildren(...audit.map((a) => {
    const tr = document.createElement('tr');
    tr.append(td(a.at), td(a.username), td(a.action), td(a.detail));
    return tr;
  }));
}

export function initAdmin() {
  $('user-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const f = new FormData(ev.target);
    $('user-error').textContent = '';
    try {
      await post('/api/users', Object.fromEntries(f.entries()));
      ev.target.reset();
      refresh();
    } catch (e) {
      $('user-error').textContent = e.message;
    }
  });
  $('token-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const f = new FormData(ev.target);
    const { body } = await post('/api/tokens', { name: f.get('name') });
    $('token-result').hidden = false;
    $('token-result').textContent = 'Mã truy cập (chỉ hiện một lần): ' + body.token;
    ev.target.reset();
  });
}

export const showAdmin = refresh;
