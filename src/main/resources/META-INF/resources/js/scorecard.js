// The Scorecard panel: how the signals turned out. It asks GET /api/scanner/scorecard for an exchange, a timeframe and
// an optional period, then shows the answer's verdict in words, what data it was measured on, and, at the horizon
// chosen, each group of buckets (signal x strength, and any other the answer has) as a chart (js/scorecard-chart.js)
// and a table with the same numbers (js/scorecard-table.js). Shown when the service has the scorecard.

import * as api from './api.js';
import { el, utc, duration, number, exchangeName } from './format.js';
import { bucketGroups, bucketsAt, candlesText } from './scorecard-data.js';
import { scorecardChart, chartKey } from './scorecard-chart.js';
import { bucketTable, baselineTable } from './scorecard-table.js';

const SOURCES = {
  bundled: 'recorded candles bundled with the service',
  directory: 'recorded candles from a directory',
  recorded: 'the signals the service gave',
};

export function createScorecard($) {
  const panel = $('scorecard-panel');
  const form = $('scorecard-form');
  const button = $('scorecard-button');
  const exchange = $('scorecard-exchange');
  const horizon = $('scorecard-horizon');
  const result = $('scorecard-result');
  let answer = null;
  let asked = 0;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    load();
  });
  horizon.addEventListener('change', () => renderGroups());

  function status(text) {
    $('scorecard-status').textContent = text;
  }

  function fail(text) {
    $('scorecard-error').textContent = text;
    $('scorecard-error').hidden = !text;
  }

  /** The controls' values as the endpoint's parameters; a day of the period covers the whole day, UTC. */
  function params() {
    const from = $('scorecard-from').value;
    const to = $('scorecard-to').value;
    return {
      exchange: exchange.value,
      timeframe: $('scorecard-timeframe').value,
      from: from ? `${from}T00:00:00Z` : '',
      to: to ? `${to}T23:59:59Z` : '',
    };
  }

  async function load() {
    const mine = ++asked;
    button.disabled = true;
    button.textContent = 'Computing…';
    result.setAttribute('aria-busy', 'true');
    fail('');
    status('Computing the scorecard: the first time for a period takes a few seconds, then it is kept.');
    try {
      const body = await api.scorecard(params());
      if (mine !== asked) return;
      answer = body;
      render();
      status(`Scorecard computed in ${duration(body.computedMs)}.`);
    } catch (e) {
      if (mine !== asked) return;
      status('');
      fail(`The scorecard could not be computed: ${e.message}`);
    } finally {
      if (mine === asked) {
        button.disabled = false;
        button.textContent = 'Show scorecard';
        result.setAttribute('aria-busy', 'false');
      }
    }
  }

  function render() {
    const d = answer.data || {};
    const horizons = answer.horizons || [...new Set((answer.baseline || []).map((b) => b.horizon))];
    const kept = Number(horizon.value);
    horizon.replaceChildren(...horizons.map((h) => el('option', { value: String(h) }, candlesText(h))));
    horizon.value = String(horizons.includes(kept) ? kept : horizons[0]);
    $('scorecard-verdict').textContent = answer.verdict || 'No verdict.';
    const symbols = d.symbols || [];
    $('scorecard-data').replaceChildren(
      el('span', {}, `${exchangeName(d.exchange)} · ${d.timeframe || '–'} · `),
      el('span', { title: symbols.join(', ') }, `${symbols.length} symbol${symbols.length === 1 ? '' : 's'}`),
      el('span', {}, ` · ${utc(d.from)} to ${utc(d.to)} · ${number(d.candles)} candles`
        + `${d.warmup ? ` (the first ${number(d.warmup)} of each symbol for warm-up)` : ''}`
        + ` · ${SOURCES[d.source] || d.source || ''}`));
    result.hidden = false;
    renderGroups();
  }

  function renderGroups() {
    if (!answer) return;
    const h = Number(horizon.value);
    const after = candlesText(h);
    const groups = bucketGroups(answer).map((group) => {
      const buckets = bucketsAt(group.buckets, h);
      const id = `scorecard-${group.key}-heading`;
      const caption = `${group.title}, ${after} after the signal: hit rate and mean return of each bucket with its `
        + 'interval, beside the baseline of its side';
      return el('section', { class: 'scorecard-group', 'aria-labelledby': id },
        el('h3', { id }, `${group.title} · ${after}`),
        buckets.length ? [
          el('figure', { class: 'scorecard-figure' }, scorecardChart(buckets, caption),
            el('figcaption', { class: 'legend' }, chartKey().map(({ mark, text }) => el('span', {}, mark, text)))),
          el('div', { class: 'table-wrap' }, bucketTable(buckets, group.field, caption)),
        ] : el('p', { class: 'empty' }, `No bucket at ${after}.`));
    });
    $('scorecard-groups').replaceChildren(...groups);
    $('scorecard-baseline').replaceChildren(baselineTable(answer.baseline, h));
  }

  return {
    /** Shows the panel when the service has the scorecard. */
    async start() {
      if (!await api.offers('/api/scanner/scorecard')) return;
      panel.hidden = false;
      $('scorecard-link').hidden = false;
    },
    /** The exchanges of GET /api/scanner/exchanges, for the exchange choice; the service's default first. */
    setExchanges(list) {
      const chosen = exchange.value;
      exchange.replaceChildren(el('option', { value: '' }, 'Default'),
        ...(list.exchanges || []).map((s) => el('option', { value: s.exchange }, exchangeName(s.exchange))));
      exchange.value = [...exchange.options].some((o) => o.value === chosen) ? chosen : '';
    },
  };
}
