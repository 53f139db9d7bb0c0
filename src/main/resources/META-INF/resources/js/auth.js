// The API token, for a service that asks for one (401): asked for in a dialog, kept in sessionStorage only (this
// tab, until it is closed), sent as the Authorization header on every call, and as ?token= on the event stream once
// reads turned out to need it (EventSource cannot send headers).

const TOKEN_KEY = 'fastScanner.apiToken';
const READS_KEY = 'fastScanner.readsProtected';

let asking = null;
const listeners = [];

export const token = () => sessionStorage.getItem(TOKEN_KEY);

/** The Authorization header for fetch, or none. */
export function authorization() {
  const t = token();
  return t ? { Authorization: `Bearer ${t}` } : {};
}

/** Remembers that the service refused a request of this method without a valid token. */
export function refused(method) {
  if ((method || 'GET').toUpperCase() === 'GET') sessionStorage.setItem(READS_KEY, 'true');
}

/** The event stream's URL: with ?token= when reads need the token and one is known. */
export function streamUrl(url) {
  const t = token();
  if (!t || sessionStorage.getItem(READS_KEY) !== 'true') return url;
  return `${url}${url.includes('?') ? '&' : '?'}token=${encodeURIComponent(t)}`;
}

/** Calls back when a token was given, so what failed without it can start again. */
export function onToken(listener) {
  listeners.push(listener);
}

/**
 * Asks for the token; every request refused meanwhile waits for the same answer. Resolves with the token, or with
 * null when the user cancels. {@code rejected}: the token sent was not accepted.
 */
export function askForToken(rejected) {
  if (!asking) {
    asking = new Promise((resolve) => open(rejected, resolve)).finally(() => { asking = null; });
  }
  return asking;
}

function open(rejected, resolve) {
  const dialog = document.getElementById('token-dialog');
  const form = document.getElementById('token-form');
  const input = document.getElementById('token-input');
  const error = document.getElementById('token-error');
  const cancelButton = document.getElementById('token-cancel');
  error.hidden = !rejected;
  input.value = '';
  const done = (value) => {
    form.removeEventListener('submit', submit);
    dialog.removeEventListener('close', cancel);
    cancelButton.removeEventListener('click', close);
    if (dialog.open) dialog.close();
    resolve(value);
  };
  const close = () => dialog.close();
  const submit = (event) => {
    event.preventDefault();
    const value = input.value.trim();
    if (!value) return;
    sessionStorage.setItem(TOKEN_KEY, value);
    done(value);
    listeners.forEach((listener) => listener());
  };
  const cancel = () => done(null);
  form.addEventListener('submit', submit);
  dialog.addEventListener('close', cancel);
  cancelButton.addEventListener('click', close);
  dialog.showModal();
  input.focus();
}
