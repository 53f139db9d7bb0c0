// The results table: one row per (exchange, symbol), updated in place, sortable by any column and filterable.
// Rows are keyed by rowKey(): BTC/USDT scanned on two exchanges is two rows side by side. A live candle close
// (signalUpdated) updates the row it is about and marks it for a moment; rows whose data is live carry a "live" tag.

import { el, price, fixed, signedPct, compact, isNum, utc, exchangeName, rowKey } from './format.js';
import { mergeLive, keepNewest, changeNote, LIVE_TITLE } from './live.js';

const STATUS_LABEL = { quick_scan: 'quick scan', analyzing: 'analyzing', complete: 'complete', failed: 'failed' };
const SIGNAL_ORDER = { BUY: 2, HOLD: 1, SELL: 0 };
const STATUS_ORDER = { quick_scan: 0, analyzing: 1, complete: 2, failed: 3 };
const TEXT_KEYS = new Set(['symbol', 'exchange', 'macd']);
const UPDATED_MS = 2000; // how long a row updated by a live candle stays marked

export function createTable({ table, empty, count, onOpen }) {
  const tbody = table.tBodies[0];
  const headers = [...table.tHead.rows[0].cells];
  const signals = new Map(); // rowKey -> signal
  const rows = new Map(); // rowKey -> tr
  let sort = { key: 'strength', dir: -1 };
  let filter = { signal: '', minStrength: 0, matches: null }; // matches: the rowKeys a screen keeps, or null
  let selected = null;
  const unmark = new WeakMap(); // tr -> timer that ends its "updated" mark

  for (const th of headers) {
    th.querySelector('button').addEventListener('click', () => {
      const key = th.dataset.key;
      sort = sort.key === key ? { key, dir: -sort.dir } : { key, dir: TEXT_KEYS.has(key) ? 1 : -1 };
      render();
    });
  }

  function sortValue(signal, key) {
    const v = signal[key];
    if (key === 'signal') return SIGNAL_ORDER[v] ?? -1;
    if (key === 'status') return STATUS_ORDER[v] ?? -1;
    return v;
  }

  function compare(a, b) {
    const va = sortValue(a, sort.key);
    const vb = sortValue(b, sort.key);
    const missingA = va === null || va === undefined;
    const missingB = vb === null || vb === undefined;
    if (missingA || missingB) return missingA === missingB ? byName(a, b) : missingA ? 1 : -1;
    const c = typeof va === 'string' ? va.localeCompare(vb) : va - vb;
    return c !== 0 ? c * sort.dir : byName(a, b);
  }

  function byName(a, b) {
    return a.symbol.localeCompare(b.symbol) || String(a.exchange).localeCompare(String(b.exchange));
  }

  function visible(signal) {
    if (filter.signal && signal.signal !== filter.signal) return false;
    if (filter.matches && !filter.matches.has(rowKey(signal))) return false;
    return (signal.strength ?? 0) >= filter.minStrength;
  }

  function createRow(key, { symbol, exchange }) {
    const tr = el('tr', { tabindex: '0', dataset: { key, symbol, exchange } });
    tr.addEventListener('click', () => onOpen(key));
    tr.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        onOpen(key);
      } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const next = event.key === 'ArrowDown' ? tr.nextElementSibling : tr.previousElementSibling;
        if (next) next.focus();
      }
    });
    return tr;
  }

  function fillRow(tr, s, updated = false) {
    const previous = tr.dataset.status;
    const live = s.data === 'live';
    const change = changeNote(s);
    tr.replaceChildren(
      el('th', { scope: 'row', class: 'symbol' }, s.symbol,
        s.stale ? el('span', { class: 'tag warn', title: 'The last closed candle is too old' }, 'stale') : null,
        live ? el('span', { class: 'tag live', title: LIVE_TITLE }, 'live') : null,
        el('small', { class: 'sub' }, `vol ${compact(s.volume24h)}`)),
      el('td', { class: 'exchange' }, exchangeName(s.exchange)),
      el('td', { class: 'num' }, price(s.price)),
      el('td', { class: `num ${isNum(s.change24h) ? (s.change24h >= 0 ? 'up' : 'down') : ''}` }, signedPct(s.change24h)),
      el('td', {}, el('span', { class: `signal ${String(s.signal).toLowerCase()}` }, s.signal || '–')),
      el('td', { class: 'num' }, strengthCell(s.strength)),
      el('td', { class: `num ${rsiClass(s.rsi)}` }, fixed(s.rsi, 1)),
      el('td', {}, el('span', { class: `macd ${s.macd || ''}` }, s.macd || '–')),
      el('td', { class: 'num' }, isNum(s.opportunityScore) ? String(Math.round(s.opportunityScore)) : '–'),
      el('td', {}, el('span', {
        class: `status ${s.status}`,
        title: s.reason ? `${s.status}: ${s.reason}` : `values of the candle closed ${utc(s.candleCloseTime)}`,
      }, STATUS_LABEL[s.status] || s.status || '–')),
    );
    tr.dataset.status = s.status;
    tr.setAttribute('aria-label', `${s.symbol} on ${exchangeName(s.exchange)}: ${s.signal} strength ${s.strength}, `
      + `${STATUS_LABEL[s.status] || s.status}${live ? ', live data' : ''}${change ? `; ${change}` : ''}`);
    if (change) tr.title = change;
    else tr.removeAttribute('title');
    tr.classList.toggle('selected', rowKey(s) === selected);
    if (previous && previous !== s.status) restart(tr, 'flash');
    if (updated) {
      restart(tr, 'updated');
      clearTimeout(unmark.get(tr));
      unmark.set(tr, setTimeout(() => tr.classList.remove('updated'), UPDATED_MS));
    }
  }

  function restart(tr, mark) {
    tr.classList.remove(mark);
    void tr.offsetWidth; // restart the animation
    tr.classList.add(mark);
  }

  function render() {
    const wasFocused = document.activeElement && tbody.contains(document.activeElement)
      ? document.activeElement.dataset.key : null;
    const order = [...signals.values()].filter(visible).sort(compare);
    const current = [...tbody.rows].map((tr) => tr.dataset.key);
    const wanted = order.map(rowKey);
    if (current.join('\n') !== wanted.join('\n')) {
      tbody.replaceChildren(...wanted.map((key) => rows.get(key)));
      if (wasFocused && rows.has(wasFocused) && wanted.includes(wasFocused)) rows.get(wasFocused).focus();
    }
    for (const th of headers) {
      th.setAttribute('aria-sort', th.dataset.key === sort.key ? (sort.dir > 0 ? 'ascending' : 'descending') : 'none');
    }
    empty.hidden = signals.size > 0 && order.length > 0;
    empty.textContent = signals.size === 0 ? 'No scan yet. Press Scan now.'
      : `No symbol matches the filters${filter.matches ? ' and the screen' : ''}.`;
    count.textContent = signals.size ? `${order.length} of ${signals.size}` : '';
  }

  return {
    /** Replaces every row (a new scan). */
    setAll(list) {
      signals.clear();
      for (const tr of rows.values()) tr.remove();
      rows.clear();
      for (const s of list) this.upsert(s, false);
      render();
    },
    /** Updates (or adds) the row of one (exchange, symbol) in place, keeping a later live candle's values. */
    upsert(incoming, rerender = true) {
      const key = rowKey(incoming);
      const signal = keepNewest(signals.get(key), incoming);
      signals.set(key, signal);
      let tr = rows.get(key);
      if (!tr) {
        tr = createRow(key, signal);
        rows.set(key, tr);
      }
      fillRow(tr, signal);
      if (rerender) render();
    },
    /**
     * A live candle close (a signalUpdated event): updates the row it is about in place, sorted and filtered again,
     * and returns the row's new signal; null (nothing changed) when the table shows no such row on that timeframe.
     */
    applyLive(event) {
      const key = rowKey(event);
      const merged = mergeLive(signals.get(key), event);
      if (!merged) return null;
      signals.set(key, merged);
      fillRow(rows.get(key), merged, true);
      render();
      return merged;
    },
    /** The signal of a row, by its rowKey. */
    get(key) {
      return signals.get(key);
    },
    row(key) {
      return rows.get(key);
    },
    setFilter(next) {
      filter = { ...filter, ...next };
      render();
    },
    select(key) {
      selected = key;
      for (const [k, tr] of rows) tr.classList.toggle('selected', k === key);
    },
    get size() {
      return signals.size;
    },
    /** The exchanges of the rows, in scan order. */
    exchanges: () => [...new Set([...signals.values()].map((s) => s.exchange).filter(Boolean))],
  };
}

function strengthCell(strength) {
  if (!isNum(strength)) return '–';
  return el('span', { class: 'strength' },
    el('span', { class: 'strength-bar', 'aria-hidden': 'true' }, el('span', { style: `width:${strength}%` })),
    el('span', {}, String(strength)));
}

function rsiClass(rsi) {
  if (!isNum(rsi)) return '';
  return rsi >= 70 ? 'hot' : rsi <= 30 ? 'cold' : '';
}
