// Calls to the server's JSON API: the session's CSRF token goes with every
// POST; errors come back as {error: {code, message}} (and, for data,
// errors/warnings with their JSON paths).
let csrf = '';

export function setCsrf(token) { csrf = token || ''; }

export class ApiError extends Error {
  constructor(status, body) {
    super((body && body.error && body.error.message) || ('HTTP ' + status));
    this.status = status;
    this.body = body || {};
  }
}

async function parse(res) {
  const type = res.headers.get('Content-Type') || '';
  if (type.startsWith('application/json')) return res.json();
  return res.blob();
}

export async function get(path) {
  const res = await fetch(path, { credentials: 'same-origin' });
  const body = await parse(res);
  if (!res.ok) throw new ApiError(res.status, body);
  return body;
}

// body: an object (sent as JSON) or a Blob/File (sent as it is).
export async function post(path, body) {
  const headers = { 'X-CSRF-Token': csrf };
  let payload = body;
  if (!(body instanceof Blob)) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body === undefined ? {} : body);
  } else {
    headers['Content-Type'] = body.type || 'application/octet-stream';
  }
  const res = await fetch(path, { method: 'POST', headers, body: payload, credentials: 'same-origin' });
  const out = await parse(res);
  if (!res.ok) throw new ApiError(res.status, out instanceof Blob ? null : out);
  return { body: out, headers: res.headers };
}

// Offers a Blob as a download named `name`.
export function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}
