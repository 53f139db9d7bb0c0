// The exchange selector of the scan form: a disclosure with one checkbox per exchange GET /api/scanner/exchanges
// lists (the default first and ticked). Each line says what keeps the exchange from answering: a ban, a pause after
// a rate-limit answer, an open circuit, or a request budget nearly spent. An exchange with live streams also says
// how they are: live and their lag, or reconnecting or stopped (and why), a warning only since REST takes over.

import { el, exchangeName, utc, duration } from './format.js';
import { streamHealth } from './live.js';

const BUDGET_WARN = 0.8;

export function createExchangePicker({ picker, summary, list }) {
  let exchanges = []; // the statuses of the last answer, default first
  let defaultExchange = null;
  let chosen = null; // the ids ticked; null until the first answer (then the default)

  picker.addEventListener('change', () => {
    chosen = new Set([...list.querySelectorAll('input:checked')].map((input) => input.value));
    renderSummary();
  });
  picker.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && picker.open) {
      event.stopPropagation();
      picker.open = false;
      picker.querySelector('summary').focus();
    }
  });
  document.addEventListener('click', (event) => {
    if (picker.open && !picker.contains(event.target)) picker.open = false;
  });

  function render() {
    const focused = list.contains(document.activeElement) ? document.activeElement.value : null;
    list.replaceChildren(...exchanges.map((status) => {
      const id = status.exchange;
      const trouble = troubles(status);
      const streams = streamHealth(status.streams);
      const notes = [
        status.isDefault && el('span', { class: 'tag' }, 'default'),
        !status.live && el('span', { class: 'muted' }, id === 'synthetic' ? 'generated' : 'recorded'),
        trouble.length > 0 && el('span', { class: 'exchange-state' }, trouble.join(' · ')),
        streams && el('span', {
          class: `stream-state${streams.warn ? ' warn' : ''}`, title: streamDetails(status.streams),
        }, streams.text),
      ].filter(Boolean);
      // spaces between the parts keep the words apart in the checkbox's accessible name
      return el('li', {}, el('label', { class: 'picker-option' },
        el('input', { type: 'checkbox', name: 'exchange', value: id, checked: chosen.has(id) }),
        el('span', {}, exchangeName(id)), notes.flatMap((note) => [' ', note])));
    }));
    if (focused) {
      const input = list.querySelector(`input[value="${CSS.escape(focused)}"]`);
      if (input) input.focus();
    }
    renderSummary();
  }

  function renderSummary() {
    const ids = selected();
    const names = ids.length ? ids.map(exchangeName) : [`${exchangeName(defaultExchange)} (default)`];
    const troubled = exchanges.filter((s) => ids.includes(s.exchange) && troubles(s).length);
    const text = names.length > 2 ? `${names.length} exchanges` : names.join(' + ');
    if (!troubled.length) {
      summary.replaceChildren(text);
      return;
    }
    summary.replaceChildren(text, el('span', { class: 'exchange-warn', title: troubled.map(describe).join('\n') },
      el('span', { 'aria-hidden': 'true' }, ' ⚠'),
      el('span', { class: 'visually-hidden' }, `, ${troubled.map(describe).join('; ')}`)));
  }

  /** The ids ticked, in the order of the list; empty: the service's default. */
  function selected() {
    if (!chosen) return [];
    return exchanges.map((s) => s.exchange).filter((id) => chosen.has(id));
  }

  return {
    /** Shows an answer of GET /api/scanner/exchanges, keeping what is ticked. */
    show(answer) {
      exchanges = answer.exchanges || [];
      defaultExchange = answer.defaultExchange;
      if (!chosen) chosen = new Set([defaultExchange]);
      render();
    },
    selected,
  };
}

/** What keeps an exchange from answering now, in a few words each. */
export function troubles(status, now = Date.now()) {
  const out = [];
  if (status.bannedUntil && Date.parse(status.bannedUntil) > now) out.push(`banned until ${time(status.bannedUntil)}`);
  if (status.pausedUntil && Date.parse(status.pausedUntil) > now) out.push(`paused until ${time(status.pausedUntil)}`);
  const open = (status.circuits || []).filter((c) => c.state === 'open').map((c) => c.endpoint);
  if (open.length) out.push(`circuit open: ${open.join(', ')}`);
  const spent = (status.limits || []).filter((l) => l.budget > 0 && l.used / l.budget >= BUDGET_WARN);
  for (const l of spent) out.push(`${l.name} budget ${Math.round((100 * l.used) / l.budget)}% used`);
  return out;
}

/** One line per stream connection, for the tooltip of its health. */
function streamDetails(streams) {
  return streams.map((s) => `${s.connection}: ${s.state}, ${s.streams ?? '?'} streams, lag ${duration(s.lagMs)}, `
    + `${s.reconnects ?? 0} reconnects, last message ${s.lastMessage ? time(s.lastMessage) : '–'}`
    + `${s.reason ? ` (${s.reason})` : ''}`).join('\n');
}

function describe(status) {
  return `${exchangeName(status.exchange)} ${troubles(status).join(', ')}`;
}

/** "14:05:30 UTC" today, "2026-04-23 14:05 UTC" on another day. */
function time(iso) {
  const text = utc(iso, true);
  return text.slice(0, 10) === new Date().toISOString().slice(0, 10) ? text.slice(11) : utc(iso);
}
