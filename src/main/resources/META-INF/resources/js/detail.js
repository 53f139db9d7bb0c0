// The detail panel of one symbol on one exchange: chart, regime, risk levels, confluence, ML prediction, opportunity
// components and the scanner_api second opinion. Deep data is replaced in place as symbolAnalyzed arrives for the
// same (exchange, symbol), and the summary follows its live candle closes (signalUpdated).

import * as api from './api.js';
import { createChart, EMA_STYLES } from './chart.js';
import { createPastSignals } from './past-signals.js';
import { el, price, fixed, pct, signedPct, label, utc, isNum, exchangeName, rowKey } from './format.js';
import { keepNewest, changeNote, LIVE_TITLE } from './live.js';

const LEVEL_COLORS = { stopLoss: '#ef5350', takeProfit: '#26a69a' };
const TIMEFRAME_ORDER = ['1m', '5m', '15m', '30m', '1h', '2h', '4h', '6h', '12h', '1d', '1w'];

export function createDetail({ body, heading, closeButton, onClose }) {
  let current = null; // { key, symbol, exchange, signal, deep, indicators }
  let chart = null;
  let request = 0;

  closeButton.addEventListener('click', () => close());

  function close() {
    current = null;
    if (chart) chart.destroy();
    chart = null;
    heading.textContent = 'Details';
    closeButton.hidden = true;
    body.replaceChildren(el('p', { class: 'empty' },
      'Select a symbol (click a row, or focus it and press Enter) to see its chart and deep analysis.'));
    onClose();
  }

  /** Opens a row: its signal names the symbol and the exchange it was scanned on. */
  async function open(signal) {
    const token = ++request;
    const { symbol, exchange } = signal;
    const name = exchangeName(exchange);
    current = { key: rowKey(signal), symbol, exchange, signal, deep: null, indicators: null };
    heading.replaceChildren(symbol, ' ', el('span', { class: 'exchange-badge', dataset: { exchange } }, name));
    closeButton.hidden = false;
    if (chart) chart.destroy();

    const canvas = el('canvas', {
      class: 'chart-canvas', role: 'img', 'aria-label': `${symbol} on ${name}: candle chart`,
    });
    const readout = el('div', { class: 'chart-readout', 'aria-hidden': 'true' });
    const chartStatus = el('p', { class: 'chart-status' }, 'Loading candles…');
    const legend = el('figcaption', { class: 'legend' },
      EMA_STYLES.map((s) => el('span', {}, el('i', { style: `background:${s.color}` }), s.label)),
      el('span', {}, el('i', { class: 'dashed', style: `border-color:${LEVEL_COLORS.stopLoss}` }), 'Stop loss'),
      el('span', {}, el('i', { class: 'dashed', style: `border-color:${LEVEL_COLORS.takeProfit}` }), 'Take profit'));
    const analysis = el('div', { class: 'analysis' });
    const figure = el('figure', { class: 'chart' }, readout, canvas, chartStatus, legend);
    let past = null;
    chart = createChart(canvas, readout, (index, x, step) => past && past.hover(index, x, step));
    const timeframe = signal.timeframe || '1h';
    past = createPastSignals({ figure, canvas, legend, chart, symbol, exchange, timeframe });
    body.replaceChildren(el('div', { class: 'detail-summary' }), figure, past.element, analysis);
    renderSummary();
    renderAnalysis();

    const [detail, series] = await Promise.allSettled([api.symbol(symbol, exchange),
      api.candles(symbol, exchange, timeframe, 200)]);
    if (token !== request) return;
    if (detail.status === 'fulfilled') {
      const d = detail.value;
      const latest = current.signal && rank(current.signal) > rank(d.signal) ? current.signal : d.signal;
      current.signal = keepNewest(current.signal, latest);
      current.deep = current.deep || d.deepAnalysis;
      current.indicators = d.indicators;
      current.rating = d.rating;
    }
    if (series.status === 'fulfilled') {
      const s = series.value;
      chart.set({ candles: s.candles, ema: s.ema, timeframe: s.timeframe, levels: levels() });
      canvas.setAttribute('aria-label', `${symbol} on ${name}: ${s.timeframe} candle chart of the last`
        + ` ${s.candles.length} closed candles with EMA 21, 50 and 200${current.deep && current.deep.sl_tp ? ', stop loss and take profit' : ''}`);
      chartStatus.remove();
      past.load(s.candles);
    } else {
      chartStatus.textContent = `Candles unavailable: ${series.reason.message}`;
      chartStatus.classList.add('error-message');
    }
    renderSummary();
    renderAnalysis();
  }

  function levels() {
    const risk = current && current.deep && current.deep.sl_tp;
    if (!risk) return [];
    return [
      isNum(risk.stopLoss) && { label: 'Stop loss', value: risk.stopLoss, color: LEVEL_COLORS.stopLoss },
      isNum(risk.takeProfit) && { label: 'Take profit', value: risk.takeProfit, color: LEVEL_COLORS.takeProfit },
    ].filter(Boolean);
  }

  function renderSummary() {
    const s = current.signal;
    const box = body.querySelector('.detail-summary');
    if (!box || !s) return;
    const change = changeNote(s);
    box.replaceChildren(...present(
      el('span', { class: `signal big ${String(s.signal).toLowerCase()}` }, s.signal),
      el('span', { class: 'big-price' }, price(s.price)),
      el('span', { class: isNum(s.change24h) && s.change24h < 0 ? 'down' : 'up' }, signedPct(s.change24h)),
      el('span', { class: `status ${s.status}` }, label(s.status)),
      s.data === 'live' && el('span', { class: 'tag live', title: LIVE_TITLE }, 'live'),
      el('span', { class: 'muted' }, `${exchangeName(s.exchange)} · ${s.timeframe} · strength ${s.strength}`
        + ` · EMA trend ${s.emaTrend || '–'} · candle closed ${utc(s.candleCloseTime)}`),
      change && el('span', { class: 'muted change-note' }, change),
    ));
  }

  function renderAnalysis() {
    const box = body.querySelector('.analysis');
    if (!box) return;
    const { deep, signal } = current;
    if (!deep) {
      const failed = signal && signal.status === 'failed';
      box.replaceChildren(...present(el('p', { class: failed ? 'error-message' : 'pending' }, failed
        ? `Deep analysis failed: ${signal.reason || 'unknown reason'}`
        : 'Deep analysis is running in the background; it appears here as soon as it is ready.'),
      indicatorsCard()));
      return;
    }
    box.replaceChildren(...present(
      opportunityCard(deep),
      regimeCard(deep.market_regime),
      riskCard(deep.sl_tp),
      confluenceCard(deep.confluence),
      mlCard(deep.ml_prediction),
      secondOpinionCard(deep.scanner_api),
      indicatorsCard(),
    ));
    if (chart) chart.setLevels(levels());
  }

  function indicatorsCard() {
    const i = current.indicators;
    if (!i) return null;
    const stats = [
      ['RSI 14', fixed(i.rsi14, 1)], ['MACD hist.', fixed(i.macdHistogram, 4)], ['ADX 14', fixed(i.adx14, 1)],
      ['+DI / −DI', `${fixed(i.plusDi14, 1)} / ${fixed(i.minusDi14, 1)}`],
      ['Stoch %K / %D', `${fixed(i.stochK, 1)} / ${fixed(i.stochD, 1)}`], ['ATR 14', price(i.atr14)],
      ['BB upper', price(i.bbUpper)], ['BB lower', price(i.bbLower)], ['EMA 9', price(i.ema9)],
      ['EMA 21', price(i.ema21)], ['EMA 50', price(i.ema50)], ['EMA 200', price(i.ema200)],
    ];
    return card('Indicators', 'indicators', el('dl', { class: 'stats' },
      stats.map(([k, v]) => el('div', {}, el('dt', {}, k), el('dd', {}, v)))));
  }

  return {
    open,
    close,
    /** The rowKey of the (exchange, symbol) on display, or null. */
    get key() {
      return current ? current.key : null;
    },
    /** A newer signal (and deep analysis) for the (exchange, symbol) on display; others are ignored. */
    update(signal, deep) {
      if (!current || rowKey(signal) !== current.key) return;
      current.signal = signal;
      if (deep !== undefined) current.deep = deep;
      renderSummary();
      renderAnalysis();
    },
  };
}

const present = (...nodes) => nodes.filter(Boolean);

function rank(signal) {
  return { quick_scan: 0, analyzing: 1, complete: 2, failed: 2 }[signal && signal.status] ?? -1;
}

function card(title, kind, ...content) {
  return el('section', { class: `card ${kind}`, 'aria-label': title }, el('h3', {}, title), ...content);
}

function dl(pairs) {
  return el('dl', { class: 'facts' }, pairs.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
}

function opportunityCard(deep) {
  const o = deep.opportunity || {};
  const score = isNum(deep.opportunity_score) ? deep.opportunity_score : o.score;
  const components = (o.components || []).slice().sort((a, b) => b.contribution - a.contribution);
  const max = Math.max(1, ...components.map((c) => c.weight * 100));
  return card('Opportunity', 'opportunity',
    el('div', { class: 'score-line' },
      el('span', { class: 'score' }, isNum(score) ? String(Math.round(score)) : '–'),
      el('span', { class: 'muted' }, `/ 100 · ${o.direction || 'no direction'}`)),
    el('ul', { class: 'bars', 'aria-label': 'Score components' }, components.map((c) =>
      el('li', { title: `value ${fixed(c.value, 3)} × weight ${fixed(c.weight, 3)}` },
        el('span', { class: 'bar-label' }, label(c.name)),
        el('span', { class: 'bar-track', 'aria-hidden': 'true' },
          el('span', { class: 'bar-max', style: `width:${(c.weight * 100 / max) * 100}%` }),
          el('span', { class: 'bar-fill', style: `width:${(c.contribution / max) * 100}%` })),
        el('span', { class: 'bar-value' }, `+${fixed(c.contribution, 1)}`)))),
    (o.notes || []).map((n) => el('p', { class: 'note' }, n)));
}

function regimeCard(r) {
  if (!r) return card('Market regime', 'regime', el('p', { class: 'muted' }, 'No regime.'));
  return card('Market regime', 'regime',
    el('div', { class: 'score-line' },
      el('span', { class: `regime-badge ${r.regime}` }, r.regime),
      el('span', { class: 'muted' }, `confidence ${pct(r.confidence, 0)} · volatility ${r.volatility}`)),
    dl([['Trend strength (ADX)', fixed(r.trendStrength, 1)],
      ['ATR % (percentile)', `${fixed(r.atrPercent, 2)}% (p${fixed(r.atrPercentile, 0)})`],
      ['EMA 50', price(r.ema50)], ['EMA 200', price(r.ema200)]]),
    el('details', {}, el('summary', {}, 'Why'), el('ul', { class: 'reasons' }, (r.reasons || []).map((x) => el('li', {}, x)))));
}

function riskCard(r) {
  if (!r) return card('Risk levels', 'risk', el('p', { class: 'muted' }, 'No levels.'));
  return card('Risk levels', 'risk',
    el('div', { class: 'score-line' },
      el('span', { class: `direction ${r.direction}` }, r.direction || '–'),
      el('span', { class: 'muted' }, r.leaning ? 'leaning (weak signal)' : `R:R ${fixed(r.riskReward, 2)}`)),
    dl([['Entry', price(r.entry)], ['Stop loss', el('span', { class: 'down' }, price(r.stopLoss))],
      ['Take profit', el('span', { class: 'up' }, price(r.takeProfit))], ['Risk : reward', fixed(r.riskReward, 2)],
      ['ATR', price(r.atr)], ['Method', r.method || '–']]));
}

function confluenceCard(c) {
  if (!c || !c.timeframes) return card('Confluence', 'confluence', el('p', { class: 'muted' }, 'No confluence.'));
  const frames = Object.entries(c.timeframes)
    .sort(([a], [b]) => TIMEFRAME_ORDER.indexOf(a) - TIMEFRAME_ORDER.indexOf(b));
  return card('Confluence', 'confluence',
    el('div', { class: 'score-line' },
      el('span', { class: 'score' }, isNum(c.score) ? String(Math.round(c.score)) : '–'),
      el('span', { class: 'muted' }, `${c.aligned ? 'aligned' : 'not aligned'} · dominant ${c.dominant || '–'}`)),
    el('div', { class: 'tf-grid', role: 'list' }, frames.map(([tf, v]) => el('div', {
      class: `tf ${String(v.signal).toLowerCase()}`, role: 'listitem', 'aria-label': `${tf}: ${v.signal}, rating ${fixed(v.rating, 2)}`,
    }, el('span', { class: 'tf-name' }, tf), el('strong', {}, v.signal || '–'), el('span', { class: 'tf-rating' }, fixed(v.rating, 2))))));
}

function mlCard(m) {
  if (!m) return card('ML prediction', 'ml', el('p', { class: 'muted' }, 'No prediction.'));
  const v = m.validation;
  const edge = m.hasEdge
    ? el('span', { class: 'edge yes' }, 'edge')
    : el('span', { class: 'edge no', title: 'The model does not beat the baseline on held-out data' }, 'no edge');
  return card('ML prediction', 'ml',
    el('div', { class: 'score-line' },
      el('span', { class: 'score' }, isNum(m.probabilityUp) ? pct(m.probabilityUp, 0) : '–'),
      el('span', { class: 'muted' }, `P(up) in ${m.horizon} × ${m.timeframe} · ${m.direction}`), edge),
    v ? dl([['Validation accuracy', pct(v.accuracy, 1)], ['Baseline accuracy', pct(v.baselineAccuracy, 1)],
      ['Brier score', fixed(v.brierScore, 3)], ['Validation samples', String(v.samples)],
      ['Training samples', String(m.trainingSamples)], ['Trained at', utc(m.trainedAt).slice(0, 10)]]) : null,
    m.note ? el('p', { class: m.hasEdge ? 'note' : 'note warn' }, m.note) : null);
}

function secondOpinionCard(o) {
  if (!o) return null;
  if (!o.signal && o.status) {
    return card('Second opinion (scanner_api)', 'opinion',
      el('p', { class: 'muted' }, `${o.status}${o.reason ? `: ${o.reason}` : ''}`));
  }
  const agree = o.agrees === true ? el('span', { class: 'edge yes' }, 'agrees')
    : o.agrees === false ? el('span', { class: 'edge no' }, 'disagrees') : null;
  return card('Second opinion (scanner_api)', 'opinion',
    el('div', { class: 'score-line' },
      el('span', { class: `signal ${String(o.signal).toLowerCase()}` }, o.signal || '–'), agree,
      el('span', { class: 'muted' }, `${o.timeframeLabel || ''} (${o.candles || '?'})`)),
    dl([['Regime', `${o.regime || '–'}${isNum(o.regimeConfidence) ? ` (${pct(o.regimeConfidence, 0)})` : ''}`],
      ['Opportunity', fixed(o.opportunityScore, 0)], ['Stop loss', price(o.stopLoss)], ['Take profit', price(o.takeProfit)],
      ['Fetched', utc(o.fetchedAt, true)]]));
}
