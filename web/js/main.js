// The page's entry: the session (login form or the application), the pages
// by the address's #fragment, and what each role may see.
import { get, post, setCsrf, ApiError } from './api.js';
import { initCompose } from './compose.js';
import { initCheck } from './check.js';
import { initAdmin, showAdmin } from './admin.js';
import { initRegister, showRegister } from './register.js';

const $ = (id) => document.getElementById(id);
const ROLE_NAMES = { chuyen_vien: 'chuyên viên', van_thu: 'văn thư', quan_tri: 'quản trị' };
let session = null;
let started = false;

function showPage(name) {
  for (const s of document.querySelectorAll('.page')) s.hidden = s.id !== 'page-' + name;
  for (const a of document.querySelectorAll('nav a')) a.classList.toggle('current', a.dataset.page === name);
}

function route() {
  if (!session) return showPage('dang-nhap');
  let page = location.hash.replace(/^#\//, '') || 'soan-thao';
  if (!['soan-thao', 'so-dang-ky', 'kiem-tra', 'quan-tri'].includes(page)) page = 'soan-thao';
  if (page === 'quan-tri' && session.role !== 'quan_tri') page = 'soan-thao';
  showPage(page);
  if (page === 'quan-tri') showAdmin();
  if (page === 'so-dang-ky') showRegister();
}

async function enter(s) {
  session = s;
  setCsrf(s.csrf);
  document.body.dataset.role = s.role;
  $('topbar').hidden = false;
  $('who').textContent = `${s.display_name} (${ROLE_NAMES[s.role] || s.role})`;
  for (const e of document.querySelectorAll('[data-role]'))
    e.hidden = !e.dataset.role.split(' ').includes(s.role);
  if (!started) {
    started = true;
    initCheck();
    initAdmin();
    initRegister(s);
    await initCompose();
  }
  route();
}

async function start() {
  window.addEventListener('hashchange', route);
  $('login-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const f = new FormData(ev.target);
    $('login-error').textContent = '';
    try {
      const { body } = await post('/api/login', { username: f.get('username'), password: f.get('password') });
      ev.target.reset();
      await enter(body);
    } catch (e) {
      $('login-error').textContent = e instanceof ApiError && e.status === 401 ? 'Sai tên đăng nhập hoặc mật khẩu.' : e.message;
    }
  });
  $('logout').addEventListener('click', async () => {
    try { await post('/api/logout'); } catch (e) { /* already gone */ }
    location.hash = '';
    location.reload();
  });
  try {
    await enter(await get('/api/session'));
  } catch (e) {
    route();
  }
}

start();
