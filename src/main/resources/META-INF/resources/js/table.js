// The results table: one row per symbol, updated in place, sortable by any column and filterable.

import { el, price, fixed, signedPct, compact, isNum, utc } from './format.js';

const STATUS_LABEL = { quick_scan: 'quick scan', analyzing: 'analyzing', complete: 'complete', failed: 'failed' };
const SIGNAL_ORDER = { BUY: 2, HOLD: 1, SELL: 0 };
const STATUS_ORDER = { quick_scan: 0, analyzing: 1, complete: 2, failed: 3 };
const TEXT_KEYS = new Set(['symbol', 'macd']);

export function createTable({ table, empty, count, onOpen }) {
  const tbody = table.tBodies[0];
  const headers = [...table.tHead.rows[0].cells];
  const signals = new Map();
  const rows = new Map();
  let sort = { key: 'strength', dir: -1 };
  let filter = { signal: '', minStrength: 0 };
  let selected = null;

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
    if (missingA || missingB) return missingA === missingB ? a.symbol.localeCompare(b.symbol) : missingA ? 1 : -1;
    const c = typeof va === 'string' ? va.localeCompare(vb) : va - vb;
    return c !== 0 ? c * sort.dir : a.symbol.localeCompare(b.symbol);
  }

  function visible(signal) {
    if (filter.signal && signal.signal !== filter.signal) return false;
    return (signal.strength ?? 0) >= filter.minStrength;
  }

  function createRow(symbol) {
    const tr = el('tr', { tabindex: '0', dataset: { symbol } });
    tr.addEventListener('click', () => onOpen(symbol));
    tr.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        onOpen(symbol);
      } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const next = event.key === 'ArrowDown' ? tr.nextElementSibling : tr.previousElementSibling;
        if (next) next.focus();
      }
    });
    return tr;
  }

  function fillRow(tr, s) {
    const previous = tr.dataset.status;
    tr.replaceChildren(
      el('th', { scope: 'row', class: 'symbol' }, s.symbol,
        s.stale ? el('span', { class: 'tag warn', title: 'The last closed candle is too old' }, 'stale') : null,
        el('small', { class: 'sub' }, `vol ${compact(s.volume24h)}`)),
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
    tr.setAttribute('aria-label', `${s.symbol}: ${s.signal} strength ${s.strength}, ${STATUS_LABEL[s.status] || s.status}`);
    tr.classList.toggle('selected', s.symbol === selected);
    if (previous && previous !== s.status) {
      tr.classList.remove('flash');
      void tr.offsetWidth; // restart the animation
      tr.classList.add('flash');
    }
  }

  function render() {
    const wasFocused = document.activeElement && tbody.contains(document.activeElement)
      ? document.activeElement.dataset.symbol : null;
    const order = [...signals.values()].filter(visible).sort(compare);
    const current = [...tbody.rows].map((tr) => tr.dataset.symbol);
    const wanted = order.map((s) => s.symbol);
    if (current.join('\n') !== wanted.join('\n')) {
      tbody.replaceChildren(...wanted.map((symbol) => rows.get(symbol)));
      if (wasFocused && rows.has(wasFocused) && wanted.includes(wasFocused)) rows.get(wasFocused).focus();
    }
    for (const th of headers) {
      th.setAttribute('aria-sort', th.dataset.key === sort.key ? (sort.dir > 0 ? 'ascending' : 'descending') : 'none');
    }
    empty.hidden = signals.size > 0 && order.length > 0;
    empty.textContent = signals.size === 0 ? 'No scan yet. Press Scan now.' : 'No symbol matches the filters.';
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
    /** Updates (or adds) one symbol's row in place. */
    upsert(signal, rerender = true) {
      signals.set(signal.symbol, signal);
      let tr = rows.get(signal.symbol);
      if (!tr) {
        tr = createRow(signal.symbol);
        rows.set(signal.symbol, tr);
      }
      fillRow(tr, signal);
      if (rerender) render();
    },
    get(symbol) {
      return signals.get(symbol);
    },
    setFilter(next) {
      filter = { ...filter, ...next };
      render();
    },
    select(symbol) {
      selected = symbol;
      for (const [key, tr] of rows) tr.classList.toggle('selected', key === symbol);
    },
    symbols: () => [...signals.keys()],
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
