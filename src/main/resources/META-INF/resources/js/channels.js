// The notification channels of the Alert rules panel (/api/scanner/channels): listed with their state (paused and
// why, failures in a row, queued), a test message sent on demand, paused, resumed, created, edited and deleted.
// Secrets (a webhook's signing secret, a Telegram bot token, a Discord webhook URL) are write-only: their inputs are
// password fields never filled in; left empty on an edit, the stored secret is kept.

import * as api from './api.js';
import { el, utc, actionButton } from './format.js';

export const KIND_NAMES = { webhook: 'Webhook', telegram: 'Telegram', discord: 'Discord' };
const SECRET_NOTES = {
  secret: ['(at least 16 characters, optional)', '(one is stored; empty keeps it)'],
  botToken: ['(from BotFather)', '(stored; empty keeps it)'],
  webhookUrl: ['(contains its token)', '(stored; empty keeps it)'],
};

export function createChannels({ list, empty, message, error, editor, summary, form, inputs, notes, submit, cancel,
  onChange }) {
  let channels = [];
  let editing = null; // the channel being edited, or null
  const tests = new Map(); // channel id -> the text of its last test

  inputs.kind.addEventListener('change', showKindFields);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    save();
  });
  cancel.addEventListener('click', () => reset());

  function say(text) {
    message.textContent = text;
    error.hidden = true;
  }

  function fail(text) {
    error.textContent = text;
    error.hidden = false;
  }

  function showKindFields() {
    for (const label of form.querySelectorAll('[data-kind]')) label.hidden = label.dataset.kind !== inputs.kind.value;
  }

  function render() {
    list.replaceChildren(...channels.map((c) => el('li', { dataset: { id: c.id } },
      el('div', { class: 'saved-text' },
        el('span', {}, el('strong', {}, c.name), ' ', el('span', { class: 'tag' }, KIND_NAMES[c.kind] || c.kind)),
        ' ', el('code', {}, c.target),
        ' ', el('span', { class: `channel-state${c.paused ? ' warn' : ''}` }, state(c)),
        tests.has(c.id) ? el('span', { class: 'muted' }, ' ', tests.get(c.id)) : null),
      el('div', { class: 'saved-actions' },
        actionButton('Send test', `Send a test message to ${c.name}`, (b) => sendTest(c, b)),
        c.paused
          ? actionButton('Resume', `Resume ${c.name}`, () => change(c, () => api.resumeChannel(c.id), 'resumed'))
          : actionButton('Pause', `Pause ${c.name}`,
            () => change(c, () => api.updateChannel(c.id, { paused: true }), 'paused')),
        actionButton('Edit', `Edit channel ${c.name}`, () => edit(c)),
        actionButton('Delete', `Delete channel ${c.name}`, () => remove(c))))));
    empty.hidden = channels.length > 0;
  }

  async function sendTest(channel, b) {
    b.disabled = true;
    try {
      const { delivery } = await api.testChannel(channel.id);
      const text = delivery.status === 'sent' ? 'Test message sent.'
        : `Test message ${delivery.status}: ${delivery.reason || 'no reason given'}`
          + `${delivery.lastHttpStatus ? ` (HTTP ${delivery.lastHttpStatus})` : ''}.`;
      tests.set(channel.id, text);
      say(`${channel.name}: ${text}`);
      render();
    } catch (e) {
      fail(`The test message could not be sent: ${e.message}`);
    } finally {
      b.disabled = false;
    }
  }

  async function change(channel, call, done) {
    try {
      await call();
      say(`Channel “${channel.name}” ${done}.`);
      await load();
    } catch (e) {
      fail(`Channel “${channel.name}” could not be ${done}: ${e.message}`);
    }
  }

  function remove(channel) {
    return change(channel, () => api.deleteChannel(channel.id), 'deleted');
  }

  function edit(channel) {
    editing = channel;
    inputs.name.value = channel.name;
    inputs.kind.value = channel.kind;
    inputs.url.value = channel.url || '';
    inputs.chatId.value = channel.chatId || '';
    inputs.template.value = channel.template || '';
    for (const key of Object.keys(SECRET_NOTES)) inputs[key].value = '';
    inputs.webhookUrl.placeholder = channel.webhookUrl || '';
    notes.secret.textContent = SECRET_NOTES.secret[channel.secretSet ? 1 : 0];
    notes.botToken.textContent = SECRET_NOTES.botToken[channel.botTokenSet ? 1 : 0];
    notes.webhookUrl.textContent = SECRET_NOTES.webhookUrl[channel.kind === 'discord' ? 1 : 0];
    summary.textContent = `Edit channel “${channel.name}”`;
    submit.textContent = 'Save changes';
    showKindFields();
    editor.open = true;
    inputs.name.focus();
  }

  function reset() {
    editing = null;
    form.reset();
    for (const key of Object.keys(SECRET_NOTES)) notes[key].textContent = SECRET_NOTES[key][0];
    inputs.webhookUrl.placeholder = '';
    summary.textContent = 'New channel';
    submit.textContent = 'Create channel';
    showKindFields();
    editor.open = false;
  }

  /** The body of the form: the fields of its kind; secrets only when typed; on an edit, only what changed. */
  function body() {
    const kind = inputs.kind.value;
    const fields = {
      name: inputs.name.value.trim(), kind,
      ...(kind === 'webhook' ? { url: inputs.url.value.trim(), secret: inputs.secret.value } : {}),
      ...(kind === 'telegram' ? { botToken: inputs.botToken.value.trim(), chatId: inputs.chatId.value.trim() } : {}),
      ...(kind === 'discord' ? { webhookUrl: inputs.webhookUrl.value.trim() } : {}),
      template: inputs.template.value,
    };
    for (const key of Object.keys(SECRET_NOTES)) if (!fields[key]) delete fields[key];
    if (editing && fields.template === (editing.template || '')) delete fields.template;
    return fields;
  }

  async function save() {
    if (!inputs.name.value.trim()) {
      fail('Give the channel a name.');
      inputs.name.focus();
      return;
    }
    const wasEditing = editing;
    try {
      const { channel } = wasEditing ? await api.updateChannel(wasEditing.id, body()) : await api.createChannel(body());
      reset();
      say(`Channel “${channel.name}” ${wasEditing ? 'saved' : 'created'}.`);
      await load();
    } catch (e) {
      fail(`The channel could not be saved: ${e.message}`);
    }
  }

  async function load() {
    try {
      channels = (await api.channels()).channels || [];
      render();
      onChange(channels);
    } catch (e) {
      fail(`The channels could not be loaded: ${e.message}`);
    }
  }

  showKindFields();
  return { load };
}

/** "active", or "paused since 14:05 UTC: 5 deliveries failed in a row", with the queue and failures when any. */
function state(c) {
  const since = c.pausedAt ? ` since ${utc(c.pausedAt)}` : '';
  const parts = [c.paused ? `paused${since}${c.pausedReason ? `: ${c.pausedReason}` : ''}` : 'active'];
  if (c.consecutiveFailures) parts.push(`${c.consecutiveFailures} failed in a row`);
  if (c.queued) parts.push(`${c.queued} queued`);
  return parts.join(' · ');
}
