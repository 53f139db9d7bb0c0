// The alerts feed and the scan history.

import { el, utc, clock, duration, exchangeName } from './format.js';

const MAX_ALERTS = 50;

export function createAlerts({ list, empty }) {
  const seen = new Set();

  function key(a) {
    return a.id ?? `${a.scanId}|${a.exchange}|${a.symbol}|${a.kind}|${a.message}`;
  }

  return {
    add(alert, { prepend = true } = {}) {
      const k = key(alert);
      if (seen.has(k)) return;
      seen.add(k);
      const item = el('li', { class: `alert ${alert.kind || ''}` },
        el('time', { datetime: alert.timestamp || '' }, clock(alert.timestamp)),
        el('strong', {}, alert.symbol || '',
          alert.exchange ? el('small', { class: 'exchange' }, exchangeName(alert.exchange)) : null),
        el('span', { class: 'kind' }, (alert.kind || 'alert').replace(/_/g, ' ')),
        el('span', { class: 'message' }, alert.message || ''));
      if (prepend) list.prepend(item);
      else list.append(item);
      while (list.children.length > MAX_ALERTS) list.lastElementChild.remove();
      empty.hidden = true;
    },
    unavailable() {
      if (!list.children.length) empty.textContent = 'No alerts yet. Live alerts appear here as scans find changes.';
    },
  };
}

export function renderHistory(tbody, empty, history) {
  const rows = (history || []).slice(0, 15).map((h) => {
    const counts = h.signalCounts || {};
    return el('tr', {},
      el('td', {}, utc(h.timestamp, true).replace(' UTC', '')),
      el('td', {}, h.trigger || '–'),
      el('td', {}, h.timeframe || '–'),
      el('td', {}, (h.exchanges || (h.exchange ? [h.exchange] : [])).map(exchangeName).join(', ') || '–'),
      el('td', { class: 'num' }, String(h.symbolCount ?? '–')),
      el('td', {},
        el('span', { class: 'up' }, String(counts.BUY ?? 0)), ' / ',
        el('span', { class: 'down' }, String(counts.SELL ?? 0)), ' / ',
        el('span', { class: 'muted' }, String(counts.HOLD ?? 0))),
      el('td', { class: `num ${h.failed ? 'down' : ''}` }, String(h.failed ?? 0)),
      el('td', { class: 'num' }, duration(h.durationMs)));
  });
  tbody.replaceChildren(...rows);
  empty.hidden = rows.length > 0;
}
