// Fast Scanner dashboard: wires the API, the live event stream and the views together.

import * as api from './js/api.js';
import * as auth from './js/auth.js';
import { connect } from './js/stream.js';
import { createTable } from './js/table.js';
import { createDetail } from './js/detail.js';
import { createAlerts, renderHistory } from './js/feeds.js';
import { createExchangePicker } from './js/exchanges.js';
import { createScreens } from './js/screens.js';
import { createAlerting } from './js/alerting.js';
import { createScorecard } from './js/scorecard.js';
import { utc, duration, exchangeName, rowKey } from './js/format.js';

const $ = (id) => document.getElementById(id);

const SOURCES = {
  replay: 'recorded market data replayed as if live',
  synthetic: 'generated market for demos',
};
const STATUS_RANK = { quick_scan: 0, analyzing: 1, complete: 2, failed: 2 };

let currentScanId = null;
let progressTimer = null;

const table = createTable({
  table: $('results'),
  empty: $('results-empty'),
  count: $('results-count'),
  onOpen: (key) => openDetail(key),
});

const detail = createDetail({
  body: $('detail-body'),
  heading: $('detail-heading'),
  closeButton: $('detail-close'),
  onClose: () => table.select(null),
});

const alerts = createAlerts({ list: $('alerts'), empty: $('alerts-empty') });

const exchanges = createExchangePicker({
  picker: $('exchange-picker'),
  summary: $('exchange-summary'),
  list: $('exchange-list'),
});

const screens = createScreens({
  panel: $('screens-panel'),
  editorParts: {
    input: $('screen-expression'), list: $('screen-suggestions'), status: $('screen-check'), caret: $('screen-caret'),
  },
  applyForm: $('screen-form'),
  clearButton: $('screen-clear'),
  count: $('screen-count'),
  saveForm: $('screen-save-form'),
  nameInput: $('screen-name'),
  saveButton: $('screen-save'),
  cancelButton: $('screen-edit-cancel'),
  message: $('screens-message'),
  error: $('screens-error'),
  list: $('saved-screens'),
  empty: $('saved-screens-empty'),
  onMatches: (keys) => table.setFilter({ matches: keys }),
});

const alerting = createAlerting($);
const scorecard = createScorecard($);

function openDetail(key) {
  table.select(key);
  detail.open(table.get(key));
  if (window.matchMedia('(max-width: 1100px)').matches) {
    $('detail').scrollIntoView({ behavior: 'smooth', block: 'start' });
  }
}

/**
 * The banner: the exchanges of the rows shown (the service's default before a scan) and the time of the data. A
 * status names the default exchange: it says nothing of a table that holds only other exchanges' rows.
 */
function showSource(exchange, dataTime) {
  const shown = table.exchanges();
  const all = shown.length ? shown : [exchange];
  if (!exchange || !all.includes(exchange)) return;
  const about = all.length > 1 ? `${all.map(exchangeName).join(', ')} side by side`
    : SOURCES[exchange] || `live ${exchangeName(exchange)} spot market`;
  $('source-name').textContent = all.map((e) => e.toUpperCase()).join(' + ');
  $('source-name').dataset.source = all.length > 1 ? 'several' : exchange;
  $('source-text').textContent = `${about} · data as of ${utc(dataTime)}`;
}

function showScanMessage(text) {
  $('scan-message').textContent = text;
}

function showError(text) {
  $('scan-error').textContent = text;
  $('scan-error').hidden = !text;
}

/** Replaces the table with a scan's quick results, unless the stream already delivered newer ones. */
function applyScan(scanId, signals) {
  if (scanId && scanId === currentScanId && table.size) {
    for (const s of signals) {
      const existing = table.get(rowKey(s));
      if (!existing || STATUS_RANK[s.status] > STATUS_RANK[existing.status]) table.upsert(s);
    }
    screens.changed();
    return;
  }
  currentScanId = scanId;
  table.setAll(signals);
  screens.changed();
  const selected = detail.key;
  if (selected && table.get(selected)) detail.open(table.get(selected));
}

function showProgress({ completed, remaining, total }) {
  clearTimeout(progressTimer);
  $('progress').hidden = false;
  const done = total ? Math.round((completed / total) * 100) : 0;
  $('progress-text').textContent = remaining > 0
    ? `Analyzing ${remaining} symbol${remaining === 1 ? '' : 's'} in background... (${completed}/${total})`
    : `Deep analysis finished: ${completed}/${total}`;
  $('progress-fill').style.width = `${done}%`;
  $('progress-bar').setAttribute('aria-valuenow', String(done));
}

function finishProgress(text) {
  $('progress-text').textContent = text;
  $('progress-fill').style.width = '100%';
  $('progress-bar').setAttribute('aria-valuenow', '100');
  clearTimeout(progressTimer);
  progressTimer = setTimeout(() => { $('progress').hidden = true; }, 6000);
}

async function loadResults() {
  try {
    const body = await api.results();
    const status = body.status || {};
    currentScanId = null;
    applyScan(status.currentScanId, body.signals || []);
    showSource(status.exchange, status.dataTime);
    if (status.backgroundQueueLength > 0) {
      const total = body.signals.length;
      const remaining = body.signals.filter((s) => STATUS_RANK[s.status] < 2).length;
      showProgress({ completed: total - remaining, remaining, total });
    }
  } catch (e) {
    showError(`Could not load results: ${e.message}`);
  }
}

async function loadHistory() {
  try {
    const body = await api.scanStatus();
    renderHistory($('history-body'), $('history-empty'), body.history);
    if (body.status) showSource(body.status.exchange, body.status.dataTime);
  } catch (e) {
    // the history is secondary: the next refresh will try again
  }
}

async function loadExchanges() {
  try {
    const answer = await api.exchanges();
    exchanges.show(answer);
    alerting.setExchanges(answer);
    scorecard.setExchanges(answer);
  } catch (e) {
    // without the list the scan form still scans the service's default exchange
  }
}

async function loadAlerts() {
  try {
    const list = await api.alerts();
    if (list === null) {
      alerts.unavailable();
      return;
    }
    list.slice(-50).forEach((a) => alerts.add(a));
  } catch (e) {
    alerts.unavailable();
  }
}

$('scan-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const button = $('scan-button');
  const symbols = $('symbols').value.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean);
  const timeframe = $('timeframe').value;
  button.disabled = true;
  button.textContent = 'Scanning…';
  showError('');
  showScanMessage('');
  try {
    const body = await api.quickScan(symbols, timeframe, exchanges.selected());
    applyScan(body.scanId, body.signals);
    showSource(body.exchange, body.dataTime);
    const rejected = (body.rejected || []).map((r) => `${r.symbol} (${r.reason})`).join(', ');
    showScanMessage(`${body.message} in ${duration(body.durationMs)}${rejected ? ` · skipped: ${rejected}` : ''}`);
    loadHistory();
  } catch (e) {
    showError(e.message);
  } finally {
    button.disabled = false;
    button.textContent = 'Scan now';
    loadExchanges();
  }
});

// the states shown are those of the last look: look again when the list is opened
$('exchange-picker').addEventListener('toggle', (e) => {
  if (e.target.open) loadExchanges();
});

$('filter-signal').addEventListener('change', (e) => table.setFilter({ signal: e.target.value }));
$('filter-strength').addEventListener('input', (e) => {
  $('filter-strength-value').textContent = e.target.value;
  table.setFilter({ minStrength: Number(e.target.value) });
});

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && detail.key) {
    const row = table.row(detail.key);
    detail.close();
    if (row && row.isConnected) row.focus();
  }
});

const CONNECTION_TEXT = {
  connecting: 'connecting…', live: 'live', reconnecting: 'reconnecting…', restarting: 'service restarting…',
};

const stream = connect(() => auth.streamUrl('/api/scanner/events'), {
  scanStarted: (e) => showScanMessage(`Scan ${e.scanId} started (${e.trigger}, ${e.timeframe})…`),
  quickScanComplete: (e) => {
    applyScan(e.scanId, e.signals || []);
    showSource(e.exchange, e.dataTime);
    showProgress({ completed: 0, remaining: e.count, total: e.count });
  },
  symbolAnalyzed: (e) => {
    if (e.scanId !== currentScanId || !e.signal) return;
    table.upsert(e.signal);
    detail.update(table.get(rowKey(e.signal)), e.deepAnalysis);
    screens.changed();
  },
  analysisProgress: (e) => {
    if (e.scanId === currentScanId) showProgress(e);
  },
  deepAnalysisComplete: (e) => {
    if (e.scanId === currentScanId) {
      finishProgress(`Deep analysis complete: ${e.total} symbols in ${duration(e.durationMs)}`
        + `${e.failed ? `, ${e.failed} failed` : ''}`);
    }
    loadHistory();
  },
  scanSuperseded: (e) => {
    if (e.scanId === currentScanId) finishProgress(`Scan ${e.scanId} was replaced by scan ${e.supersededBy}`);
    loadHistory();
  },
  scanFailed: (e) => {
    showError(`Scan ${e.scanId} failed: ${e.error ? e.error.message : 'unknown error'}`);
    loadHistory();
  },
  alert: (e) => alerts.add(e),
  // a candle of a watched timeframe closed: the row shown for that (exchange, symbol) and timeframe, if any, follows
  signalUpdated: (e) => {
    const signal = table.applyLive(e);
    if (signal) {
      detail.update(signal);
      screens.changed();
    }
  },
  resync: () => {
    loadResults();
    loadHistory();
    loadExchanges();
  },
}, (state, attempt) => {
  $('connection').dataset.state = state;
  $('connection-text').textContent = state === 'reconnecting' && attempt > 1
    ? `reconnecting… (attempt ${attempt})` : CONNECTION_TEXT[state];
});

// a token given for one request also lets the stream in, and the views load what they could not without it
auth.onToken(() => {
  showError('');
  stream.reconnect();
  loadResults();
  loadHistory();
  loadExchanges();
  screens.start();
  alerting.start();
  scorecard.start();
});

loadResults();
loadHistory();
loadAlerts();
loadExchanges();
screens.start();
alerting.start();
scorecard.start();
