// The past signals of the detail chart: the changes of signal a walk over the recorded candles gives for the chart's
// period (GET /api/scanner/scorecard/past-signals) and the signals the service really gave (GET
// /api/scanner/scorecard/signals, when the service keeps them), drawn on the candles, with their outcomes at each
// horizon in a tooltip. The same signals are listed under the chart: focusing one puts the chart's crosshair and
// tooltip on it, so the keyboard reaches every outcome too.

import * as api from './api.js';
import { el, utc, price, isNum } from './format.js';
import { placeMarkers, outcomeLines } from './scorecard-data.js';
import { MARKER_STYLES } from './signal-markers.js';

const LIMIT = 500;
const REACH_PX = 6;
let tooltips = 0;

function describe(marker) {
  const s = marker.signal;
  return el('div', { class: 'tip-signal' },
    el('p', { class: 'tip-head' }, el('span', { class: `signal ${String(s.signal).toLowerCase()}` }, s.signal),
      ` strength ${s.strength} · ${utc(s.candleTime)} · at ${price(s.price)}`),
    el('p', { class: 'tip-kind' }, marker.recorded ? 'given by the service' : 'replayed on the recorded candles'),
    levelsLine(s),
    el('ul', { class: 'tip-outcomes' }, outcomeLines(s).map((line) => el('li', {
      class: line.pending ? 'muted' : line.forwardReturn > 0 ? 'up' : line.forwardReturn < 0 ? 'down' : null,
    }, line.text))));
}

/** The deep analysis the signal had: its opportunity score, stop-loss and take-profit; null without one. */
function levelsLine(s) {
  const parts = [
    isNum(s.opportunityScore) && `opportunity ${Math.round(s.opportunityScore)}`,
    isNum(s.stopLoss) && `stop loss ${price(s.stopLoss)}`,
    isNum(s.takeProfit) && `take profit ${price(s.takeProfit)}`,
  ].filter(Boolean);
  return parts.length ? el('p', { class: 'tip-kind' }, parts.join(' · ')) : null;
}

function legendEntries(withRecorded) {
  const mark = (text, color, hollow) => el('span', {}, el('b', {
    class: `marker-key${hollow ? ' hollow' : ''}`, style: `--mark:${color}`, 'aria-hidden': 'true',
  }, text));
  return [
    el('span', {}, mark('▲', 'var(--up)'), mark('▼', 'var(--down)'), 'Signals replayed on the candles'),
    withRecorded && el('span', {}, mark('△', MARKER_STYLES.recorded, true), 'Signals the service gave'),
  ].filter(Boolean);
}

/** The past signals of one chart; `figure` holds the canvas, `legend` is its key. */
export function createPastSignals({ figure, canvas, legend, chart, symbol, exchange, timeframe }) {
  const id = `signal-tooltip-${++tooltips}`;
  const tooltip = el('div', { class: 'signal-tooltip', id, role: 'tooltip', hidden: true });
  const list = el('ol', { class: 'past-signal-list' });
  const summary = el('summary', {}, 'Past signals: loading…');
  const section = el('details', { class: 'past-signals', hidden: true }, summary, list);
  figure.insertBefore(tooltip, legend);
  let markers = [];
  let byIndex = new Map(); // candle index -> its markers
  let shown = null;

  /** The markers of the candle nearest to `index` that has some, within a few pixels (candles can be 2 px wide). */
  function near(index, step) {
    if (index === null) return [];
    const reach = Math.max(0, Math.round(REACH_PX / Math.max(step || 1, 0.5)));
    for (let d = 0; d <= reach; d += 1) {
      const here = byIndex.get(index - d) || byIndex.get(index + d);
      if (here) return here;
    }
    return [];
  }

  /** Shows the outcomes of the signals on or near a candle (null: hides them). */
  function hover(index, x, step) {
    const here = near(index, step);
    const key = here.length ? here[0].index : null;
    if (key === shown) return;
    shown = key;
    if (!here.length) {
      tooltip.hidden = true;
      return;
    }
    tooltip.replaceChildren(...here.map(describe));
    // beside the crosshair, on the side with more room
    const at = canvas.offsetLeft + x;
    const onLeft = x > canvas.clientWidth / 2;
    tooltip.style.left = onLeft ? 'auto' : `${at + 12}px`;
    tooltip.style.right = onLeft ? `${figure.clientWidth - at + 12}px` : 'auto';
    tooltip.style.top = `${canvas.offsetTop + 8}px`;
    tooltip.hidden = false;
  }

  function renderList(replayedCount, recordedCount, recordedKept) {
    summary.textContent = markers.length
      ? `Past signals on this chart: ${replayedCount} change${replayedCount === 1 ? '' : 's'} of signal replayed`
        + `${recordedKept ? `, ${recordedCount} given by the service` : ''}`
      : 'No change of signal on this chart’s candles.';
    list.replaceChildren(...markers.slice().reverse().map((m) => {
      const s = m.signal;
      const button = el('button', {
        type: 'button', class: 'past-signal', 'aria-describedby': id, dataset: { index: String(m.index) },
      },
        el('span', { class: `signal ${String(s.signal).toLowerCase()}` }, s.signal),
        ` ${s.strength} · ${utc(s.candleTime)} · ${m.recorded ? 'given by the service' : 'replayed'}`);
      button.addEventListener('focus', () => chart.highlight(m.index));
      button.addEventListener('mouseenter', () => chart.highlight(m.index));
      button.addEventListener('blur', () => chart.highlight(null));
      button.addEventListener('mouseleave', () => chart.highlight(null));
      return el('li', {}, button);
    }));
  }

  /** Asks for the signals of the chart's candles and draws them. */
  async function load(candles) {
    if (candles.length < 2 || !await api.offers('/api/scanner/scorecard/past-signals')) return;
    section.hidden = false;
    const first = candles[0].t;
    const last = candles[candles.length - 1].t;
    const span = candles[1].t - first;
    const period = { exchange, symbol, timeframe, from: new Date(first).toISOString(),
      to: new Date(last + span).toISOString(), limit: LIMIT };
    const [replayed, recorded] = await Promise.allSettled([
      api.pastSignals(period),
      api.recordedSignals({ exchange, symbol, timeframe, limit: LIMIT }),
    ]);
    const replayedSignals = replayed.status === 'fulfilled' ? replayed.value.signals || [] : [];
    const recordedAnswer = recorded.status === 'fulfilled' ? recorded.value : null;
    markers = placeMarkers(candles, replayedSignals, recordedAnswer ? recordedAnswer.signals : []);
    byIndex = new Map();
    for (const m of markers) byIndex.set(m.index, [...(byIndex.get(m.index) || []), m]);
    chart.setMarkers(markers);
    const count = (kind) => markers.filter((m) => m.recorded === kind).length;
    renderList(count(false), count(true), Boolean(recordedAnswer));
    if (replayed.status === 'rejected' && replayed.reason.status === 404) {
      // no recorded candles for this exchange, symbol or period: nothing to mark, and the service says why
      summary.textContent = `No past signals to mark: ${replayed.reason.message}`;
    } else if (replayed.status === 'rejected') {
      summary.textContent = `Past signals unavailable: ${replayed.reason.message}`;
      section.classList.add('error-message');
    } else if (recorded.status === 'rejected') {
      summary.append(` (the signals the service gave could not be loaded: ${recorded.reason.message})`);
    }
    if (markers.length) legend.append(...legendEntries(Boolean(recordedAnswer)));
  }

  return { element: section, hover, load };
}
