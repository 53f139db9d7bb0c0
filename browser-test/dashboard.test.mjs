// Drives the dashboard of the packaged service (replay source) in Debian's headless Chromium.
// Run from this folder after `./mvnw package`: npm ci && node --test

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const JAR = path.join(ROOT, 'target/quarkus-app/quarkus-run.jar');
const SCREENSHOT = path.join(ROOT, 'target/dashboard.png');
const PHONE_SCREENSHOT = path.join(ROOT, 'target/dashboard-phone.png');
const SCORECARD_SCREENSHOT = path.join(ROOT, 'target/scorecard.png');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const REPLAY_SYMBOLS = 14;
const LIVE_EXCHANGES = ['binance', 'bybit', 'okx', 'coinbase', 'kraken', 'kucoin'];
const TOKEN = 'browser-test-token-5d1c8e7a';

let service;
let browser;
let base;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(started, url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (started.process.exitCode !== null) {
      throw new Error(`the service exited with ${started.process.exitCode}:\n${started.log()}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch (e) {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the service was not ready within ${timeoutMs / 1000} s:\n${started.log().slice(-4000)}`);
}

/** Starts the packaged service on a free port (or this one) with these extra -D options; resolves once it is ready. */
async function startService(options = [], port = null) {
  port = port || await freePort();
  let log = '';
  const child = spawn('java', [`-Dquarkus.http.port=${port}`, '-Dquarkus.http.host=127.0.0.1', '-Dscanner.source=replay',
    '-Dscanner.schedule.enabled=false', ...options, '-jar', JAR], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d) => { log += d; });
  child.stderr.on('data', (d) => { log += d; });
  process.once('exit', () => child.kill('SIGKILL'));
  const started = { process: child, port, base: `http://127.0.0.1:${port}`, log: () => log };
  await waitUntilReady(started, `${started.base}/q/health/ready`, 120000);
  return started;
}

function stopService(started) {
  if (!started || started.process.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => started.process.kill('SIGKILL'), 15000);
    started.process.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    started.process.kill('SIGTERM');
  });
}

before(async () => {
  assert.ok(existsSync(JAR), `${JAR} is missing: run ./mvnw package -DskipTests first`);
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`);
  service = await startService();
  base = service.base;

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
      '--no-first-run', '--disable-component-update', '--disable-sync'],
    timeout: 60000,
  });
});

after(async () => {
  if (browser) await browser.close();
  await stopService(service);
});

/**
 * Records everything a user would see as a problem: console errors, page errors, failed or foreign requests.
 * unauthorizedExpected: the service asks for its token, so its 401 answers (and the console's note of them,
 * and of an event stream refused with one) are part of the scenario. refusalExpected(url, status): other error
 * answers the scenario provokes, such as the 400 of an invalid screen.
 */
function watch(page, pageBase = base, unauthorizedExpected = false, refusalExpected = () => false) {
  const problems = [];
  const origin = new URL(pageBase).origin;
  const expected = (text) => unauthorizedExpected
    && (/status of 401/.test(text) || /EventSource's response has a MIME type/.test(text));
  const refused = (url, status) => status >= 400 && refusalExpected(url, status);
  page.on('console', (m) => {
    const status = Number((/status of (\d+)/.exec(m.text()) || [])[1]);
    if (m.type() === 'error' && !expected(m.text()) && !refused(m.location().url, status)) {
      problems.push(`console error: ${m.text()}`);
    }
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) problems.push(`external request: ${r.url()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !(unauthorizedExpected && r.status() === 401) && !refused(r.url(), r.status())) {
      problems.push(`HTTP ${r.status()} for ${r.url()}`);
    }
  });
  page.on('requestfailed', (r) => {
    const failure = r.failure() ? r.failure().errorText : '';
    if (!failure.includes('ERR_ABORTED')) problems.push(`request failed: ${r.url()} ${failure}`);
  });
  return problems;
}

test('a scan fills the table, the stream completes it, and the detail panel draws the chart', { timeout: 240000 }, async () => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  page.setDefaultTimeout(30000);
  const problems = watch(page);

  await page.goto(`${base}/`);
  await page.locator('#connection[data-state="live"]').waitFor();
  // the source comes with the results, which may arrive after the stream is live
  await page.waitForFunction(() => document.getElementById('source-name').textContent !== '…');
  assert.equal(await page.locator('#source-name').textContent(), 'REPLAY');
  // the exchange selector starts on the service's default, which a scan names
  await page.locator('#exchange-list input[value="replay"]:checked').waitFor({ state: 'attached' });
  assert.equal((await page.locator('#exchange-summary').textContent()).trim(), 'Replay');

  const scanResponse = page.waitForResponse((r) => r.url().endsWith('/api/scanner/quick-scan'));
  await page.getByRole('button', { name: 'Scan now' }).click();
  const scan = await (await scanResponse).json();
  assert.equal((await scanResponse).request().postDataJSON().exchange, 'replay');
  assert.equal(scan.success, true);
  assert.equal(scan.count, REPLAY_SYMBOLS, 'the replay source scans its 14 symbols');

  const rows = page.locator('#results-body tr');
  await page.waitForFunction((n) => document.querySelectorAll('#results-body tr').length === n, scan.count);
  const shown = await rows.evaluateAll((trs) => trs.map((tr) => tr.dataset.symbol).sort());
  assert.deepEqual(shown, scan.signals.map((s) => s.symbol).sort(), 'one row per scanned symbol');
  const exchangeCells = await page.locator('#results-body td.exchange').allTextContents();
  assert.deepEqual([...new Set(exchangeCells)], ['Replay'], 'every row names its exchange');

  // the deep analysis reaches the table only through the live stream
  await page.locator('#results-body .status.complete').first().waitFor({ timeout: 90000 });
  await page.waitForFunction(() => document.querySelectorAll('#results-body .status.complete').length
    + document.querySelectorAll('#results-body .status.failed').length === 14, null, { timeout: 90000 });
  await page.getByText(/Deep analysis complete/).waitFor();

  // sorting by a header, from the keyboard
  await page.locator('th[data-key="symbol"] button').focus();
  await page.keyboard.press('Enter');
  const sorted = await rows.evaluateAll((trs) => trs.map((tr) => tr.dataset.symbol));
  assert.deepEqual(sorted, [...sorted].sort((a, b) => a.localeCompare(b)));
  assert.equal(await page.locator('th[data-key="symbol"]').getAttribute('aria-sort'), 'ascending');
  await page.locator('th[data-key="opportunityScore"] button').click();

  // filters
  await page.locator('#filter-signal').selectOption('SELL');
  const sells = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('.signal').textContent));
  assert.ok(sells.every((s) => s === 'SELL'));
  await page.locator('#filter-signal').selectOption('');
  assert.equal(await rows.count(), 14);

  // the detail panel, opened from the keyboard, names the exchange and asks the row's exchange
  const detailRequests = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/scanner/symbol/')) detailRequests.push(new URL(r.url()));
  });
  await page.locator('#results-body tr[data-symbol="BTC/USDT"]').focus();
  await page.keyboard.press('Enter');
  await page.locator('#detail-heading', { hasText: 'BTC/USDT' }).waitFor();
  assert.equal(await page.locator('#detail-heading .exchange-badge').textContent(), 'Replay');
  const canvas = page.locator('#detail canvas.chart-canvas');
  await canvas.and(page.locator('[data-drawn]')).waitFor();
  const chart = await canvas.evaluate((c) => {
    const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    const colors = new Set();
    for (let i = 0; i < data.length; i += 16) colors.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    return { width: c.width, height: c.height, colors: colors.size, candles: Number(c.dataset.drawn) };
  });
  assert.ok(chart.width > 300 && chart.height > 200, `chart size ${chart.width}x${chart.height}`);
  assert.ok(chart.colors > 20, `the chart should be drawn, found ${chart.colors} colours`);
  assert.equal(chart.candles, 200);
  assert.equal(detailRequests.length, 2, `detail requests: ${detailRequests}`);
  assert.ok(detailRequests.every((u) => u.searchParams.get('exchange') === 'replay'), `detail requests: ${detailRequests}`);
  for (const title of ['Opportunity', 'Market regime', 'Risk levels', 'Confluence', 'ML prediction']) {
    await page.locator('#detail .card h3', { hasText: title }).waitFor();
  }
  assert.match(await page.locator('#detail .card.ml').textContent(), /Validation accuracy/);

  // the past signals of the chart's period are marked on it (the scorecard's test looks at them closely)
  await page.locator('#detail .past-signals summary', { hasText: /^Past signals on this chart: \d+ change/ }).waitFor();

  mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
  await page.screenshot({ path: SCREENSHOT, fullPage: true });

  // a phone-sized viewport: the page itself must not scroll sideways
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than a phone screen`);
  await page.screenshot({ path: PHONE_SCREENSHOT, fullPage: true });

  await context.close();
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('the exchange selector lists every exchange with its state; rows are keyed by (exchange, symbol)', { timeout: 240000 }, async () => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  page.setDefaultTimeout(30000);
  // no candles of OKX are recorded: the detail chart's past signals of an OKX row are answered 404 NO_REPLAY_DATA
  const problems = watch(page, base, false, (url, status) => status === 404
    && new URL(url).pathname === '/api/scanner/scorecard/past-signals' && new URL(url).searchParams.get('exchange') === 'okx');
  const soon = new Date(Date.now() + 3600000).toISOString();

  // the service's own list, with states no exchange can be brought into here (no network): a ban, an open circuit,
  // a live stream and one that is reconnecting
  let listed = null;
  const stream = { connection: 'binance-1', url: 'wss://stream.binance.com:9443/stream', connected: true, streams: 800,
    lastMessage: new Date().toISOString(), lagMs: 120, reconnects: 0, state: 'live', reason: null };
  await page.route('**/api/scanner/exchanges', async (route) => {
    const answer = await (await route.fetch()).json();
    listed = answer;
    for (const status of answer.exchanges) {
      if (status.exchange === 'kraken') status.bannedUntil = soon;
      if (status.exchange === 'bybit') status.circuits = [{ endpoint: 'klines', state: 'open' }];
      if (status.exchange === 'binance') status.streams = [stream];
      if (status.exchange === 'coinbase') {
        status.streams = [{ ...stream, connection: 'coinbase-1', connected: false, lagMs: null, reconnects: 3,
          state: 'reconnecting', reason: 'connection closed by the exchange' }];
      }
    }
    await route.fulfill({ json: answer });
  });
  // a scan of replay and OKX: the service scans replay (OKX cannot be reached here), the answer gets OKX's rows too
  const scanBodies = [];
  await page.route('**/api/scanner/quick-scan', async (route) => {
    const { exchanges, ...body } = route.request().postDataJSON();
    scanBodies.push({ ...body, exchanges });
    const response = await route.fetch({ postData: { ...body, exchange: 'replay' } });
    const answer = await response.json();
    answer.signals = [...answer.signals, ...answer.signals.map((s) => ({ ...s, exchange: 'okx', price: s.price * 1.001 }))];
    answer.count = answer.signals.length;
    await route.fulfill({ response, json: answer });
  });
  // OKX's detail, answered with replay's data under OKX's name
  const okxDetail = [];
  await page.route((url) => url.pathname.startsWith('/api/scanner/symbol/') && url.searchParams.get('exchange') === 'okx',
    async (route) => {
      const url = new URL(route.request().url());
      okxDetail.push(url);
      url.searchParams.set('exchange', 'replay');
      const response = await route.fetch({ url: url.toString() });
      const answer = await response.json();
      if (answer.signal) answer.signal.exchange = 'okx';
      await route.fulfill({ response, json: answer });
    });

  await page.goto(`${base}/`);
  await page.locator('#connection[data-state="live"]').waitFor();
  await page.locator('#exchange-list input[value="replay"]:checked').waitFor({ state: 'attached' });
  assert.equal(listed.defaultExchange, 'replay');
  assert.deepEqual(listed.exchanges.map((s) => s.exchange), ['replay', ...LIVE_EXCHANGES], 'the default first');

  // opened from the keyboard: one checkbox per exchange, each labelled, the states said in words
  await page.locator('#exchange-picker summary').focus();
  await page.keyboard.press('Enter');
  const picker = page.getByRole('group', { name: 'Exchanges to scan' });
  await picker.waitFor();
  assert.equal(await picker.getByRole('checkbox').count(), 1 + LIVE_EXCHANGES.length);
  assert.equal(await picker.getByRole('checkbox', { name: /^Replay default/ }).isChecked(), true);
  assert.equal(await picker.getByRole('checkbox', { name: /^OKX/ }).isChecked(), false);
  await picker.getByRole('checkbox', { name: /^Kraken banned until \d\d:\d\d/ }).waitFor();
  await picker.getByRole('checkbox', { name: /^Bybit circuit open: klines/ }).waitFor();
  // stream health: a warning (REST takes over), not an error
  await picker.getByRole('checkbox', { name: /^Binance stream live, lag 120 ms$/ }).waitFor();
  await picker.getByRole('checkbox',
    { name: /^Coinbase stream reconnecting: connection closed by the exchange · REST takes over$/ }).waitFor();
  assert.equal(await picker.locator('.stream-state.warn').count(), 1);
  await picker.getByRole('checkbox', { name: /^OKX/ }).focus();
  await page.keyboard.press('Space');
  assert.equal((await page.locator('#exchange-summary').textContent()).trim(), 'Replay + OKX');
  await page.keyboard.press('Escape');
  await picker.waitFor({ state: 'hidden' });
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'SUMMARY');

  await page.getByRole('button', { name: 'Scan now' }).click();
  await page.waitForFunction((n) => document.querySelectorAll('#results-body tr').length === n, 2 * REPLAY_SYMBOLS);
  assert.deepEqual(scanBodies.map((b) => [b.exchange, b.exchanges]), [[undefined, ['replay', 'okx']]]);
  assert.equal(await page.locator('#source-name').textContent(), 'REPLAY + OKX');

  // BTC/USDT twice, side by side; the stream completes replay's rows only, OKX's wait for events of their own
  const btc = page.locator('#results-body tr[data-symbol="BTC/USDT"]');
  assert.deepEqual((await btc.locator('td.exchange').allTextContents()).sort(), ['OKX', 'Replay']);
  await page.waitForFunction(() => document.querySelectorAll(
    '#results-body tr[data-exchange="replay"] :is(.status.complete, .status.failed)').length === 14, null, { timeout: 90000 });
  await page.getByText(/Deep analysis complete/).waitFor();
  const okxStatuses = await page.locator('#results-body tr[data-exchange="okx"] .status').allTextContents();
  assert.deepEqual([...new Set(okxStatuses)], ['quick scan']);

  // OKX's BTC/USDT: its detail names OKX and asks for OKX's data; Escape goes back to that row
  await page.locator('#results-body tr[data-exchange="okx"][data-symbol="BTC/USDT"]').click();
  await page.locator('#detail-heading .exchange-badge', { hasText: 'OKX' }).waitFor();
  await page.locator('#detail canvas.chart-canvas[data-drawn]').waitFor();
  assert.deepEqual(okxDetail.map((u) => u.pathname).sort(),
    ['/api/scanner/symbol/BTC-USDT', '/api/scanner/symbol/BTC-USDT/candles']);
  assert.match(await page.locator('#detail .detail-summary').textContent(), /OKX · 1h/);
  assert.equal(await page.locator('#results-body tr.selected').count(), 1);
  await page.keyboard.press('Escape');
  await page.locator('#detail-heading', { hasText: 'Details' }).waitFor();
  assert.equal(await page.evaluate(() => `${document.activeElement.dataset.exchange} ${document.activeElement.dataset.symbol}`),
    'okx BTC/USDT');

  await context.close();
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('a live candle close (signalUpdated) updates its row in place; other rows and timeframes are left alone', { timeout: 240000 }, async () => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  page.setDefaultTimeout(30000);
  const problems = watch(page);

  // the event stream is answered here: held until the scan's rows are on screen, then these events, then closed
  // (with a retry far beyond the test). The replay source has no live streams to send them.
  let send;
  const events = new Promise((resolve) => { send = resolve; });
  await page.route((url) => url.pathname === '/api/scanner/events', async (route) => {
    const body = await events;
    await route.fulfill({ status: 200, headers: { 'Content-Type': 'text/event-stream' }, body });
  });
  try {
    await page.goto(`${base}/`);
    const scanResponse = page.waitForResponse((r) => r.url().endsWith('/api/scanner/quick-scan'));
    await page.getByRole('button', { name: 'Scan now' }).click();
    const scan = await (await scanResponse).json();
    await page.waitForFunction((n) => document.querySelectorAll('#results-body tr').length === n, scan.count);
    assert.equal(await page.locator('#results-body .tag.live').count(), 0, 'rows fetched over REST carry no live tag');

    // BTC/USDT's detail is open when its candle closes
    await page.locator('#results-body tr[data-symbol="BTC/USDT"]').click();
    await page.locator('#detail canvas.chart-canvas[data-drawn]').waitFor();

    const btc = scan.signals.find((s) => s.symbol === 'BTC/USDT');
    assert.ok(!scan.signals.some((s) => s.symbol === 'PEPE/USDT'));
    const eth = scan.signals.find((s) => s.symbol === 'ETH/USDT');
    const flipped = btc.signal === 'SELL' ? 'BUY' : 'SELL';
    const hour = (iso, n) => new Date(Date.parse(iso) + n * 3600000).toISOString();
    const update = (row, signal, extra = {}) => ({
      scanId: scan.scanId, timestamp: new Date().toISOString(), exchange: row.exchange, symbol: row.symbol,
      timeframe: row.timeframe, candleTime: hour(row.candleTime, 1), candleCloseTime: hour(row.candleCloseTime, 1),
      signal: { ...row, candleTime: hour(row.candleTime, 1), candleCloseTime: hour(row.candleCloseTime, 1),
        data: 'live', ...signal },
      previous: { signal: row.signal, strength: row.strength },
      ...extra,
    });
    const sse = (name, data) => `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
    send(['retry: 3600000\n\n', sse('connected', {}),
      sse('signalUpdated',
        update(btc, { signal: flipped, strength: 100, price: btc.price * 1.01, rsi: 71.3, macd: 'bearish' })),
      // ETH/USDT on another timeframe, and symbols the table does not show: ignored
      sse('signalUpdated', update(eth, { strength: 99, rsi: 12.3 }, { timeframe: '4h' })),
      sse('signalUpdated', update({ ...btc, exchange: 'okx' }, { strength: 98 })),
      sse('signalUpdated', update({ ...btc, symbol: 'PEPE/USDT' }, { strength: 97 })),
    ].join(''));

    const row = page.locator('#results-body tr[data-symbol="BTC/USDT"]');
    await row.locator('.signal', { hasText: flipped }).waitFor();
    await page.locator('#results-body tr.updated[data-symbol="BTC/USDT"]').waitFor();
    assert.equal((await row.locator('.strength').textContent()).trim(), '100');
    assert.equal(await row.locator('td:nth-of-type(6)').textContent(), '71.3');
    assert.equal(await row.locator('.macd').textContent(), 'bearish');
    assert.equal(await row.locator('.tag.live').textContent(), 'live');
    assert.match(await row.locator('.tag.live').getAttribute('title'), /streamed by the exchange/);
    assert.match(await row.getAttribute('title'),
      new RegExp(`^${flipped} since the candle closed .* was ${btc.signal}`));
    assert.match(await row.getAttribute('aria-label'), /live data; .* was /);
    const live = await page.locator('#results-body tr:has(.tag.live)').evaluateAll((trs) => trs.map((tr) => tr.dataset.key));
    assert.deepEqual(live, ['replay|BTC/USDT'], 'only BTC/USDT is live');
    assert.equal(await page.locator('#results-body tr').count(), scan.count);
    assert.equal(await page.locator('#results-body :is(tr[data-exchange="okx"], tr[data-symbol="PEPE/USDT"])').count(), 0);
    const ethRow = page.locator('#results-body tr[data-symbol="ETH/USDT"]');
    assert.equal((await ethRow.locator('.strength').textContent()).trim(), String(eth.strength));

    // still sorted by strength (now the strongest) and filtered by the new signal
    const strengths = await page.locator('#results-body .strength').allTextContents();
    assert.deepEqual(strengths.map(Number), strengths.map(Number).sort((a, b) => b - a));
    assert.equal(await page.locator('#results-body tr').first().getAttribute('data-symbol'), 'BTC/USDT');
    await page.locator('#filter-signal').selectOption(flipped);
    await row.waitFor();
    await page.locator('#filter-signal').selectOption(btc.signal === 'HOLD' ? 'BUY' : 'HOLD');
    await row.waitFor({ state: 'detached' });
    await page.locator('#filter-signal').selectOption('');

    // the open detail follows
    const summary = page.locator('#detail .detail-summary');
    await summary.locator('.signal', { hasText: flipped }).waitFor();
    await summary.locator('.tag.live').waitFor();
    assert.match(await summary.textContent(), new RegExp(`strength 100 .* was ${btc.signal}`));
  } finally {
    send('');
    await context.close();
  }
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('a screen: an invalid one points at its mistake; a valid one filters the table as the service does, and is saved', { timeout: 240000 }, async () => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  page.setDefaultTimeout(30000);
  const problems = watch(page, base, false,
    (url, status) => status === 400 && new URL(url).pathname === '/api/scanner/screen-check');

  await page.goto(`${base}/`);
  await page.locator('#connection[data-state="live"]').waitFor();
  await page.getByRole('button', { name: 'Scan now' }).click();
  await page.waitForFunction((n) => document.querySelectorAll('#results-body tr').length === n, REPLAY_SYMBOLS);
  await page.getByText(/Deep analysis complete/).waitFor({ timeout: 90000 });

  // checked as it is typed: the error, and a caret under its position
  const input = page.getByRole('combobox', { name: /^Screen \(/ });
  const status = page.locator('#screen-check');
  await input.pressSequentially('rsi14 30');
  await page.locator('#screen-check[data-state="invalid"]').waitFor();
  assert.equal(await status.textContent(),
    'expected a comparison operator (==, !=, <, <=, >, >=) at position 6, found "30"');
  assert.equal(await page.locator('#screen-caret').textContent(), 'rsi14 30\n      ^');
  assert.equal(await input.getAttribute('aria-invalid'), 'true');
  assert.equal(await input.getAttribute('aria-describedby'), 'screen-check');
  assert.equal(await status.getAttribute('aria-live'), 'polite');

  // Apply leaves the table alone while the screen is invalid
  await page.getByRole('button', { name: 'Apply' }).click();
  assert.equal(await page.locator('#results-body tr').count(), REPLAY_SYMBOLS);

  // a field and a value, taken from the suggestions with the keyboard
  await input.fill('');
  await input.pressSequentially('sig');
  const suggestions = page.getByRole('listbox', { name: 'Suggestions' });
  await suggestions.getByRole('option', { name: /^signal text/ }).waitFor();
  assert.equal(await input.getAttribute('aria-expanded'), 'true');
  await page.keyboard.press('ArrowDown');
  assert.equal(await input.getAttribute('aria-activedescendant'), 'screen-suggestions-0');
  await page.keyboard.press('Enter');
  await input.pressSequentially(' == "b');
  await suggestions.getByRole('option', { name: /^BUY/ }).waitFor();
  await page.keyboard.press('Tab');
  assert.equal(await input.inputValue(), 'signal == "BUY"');
  assert.equal(await input.getAttribute('aria-expanded'), 'false');
  await page.locator('#screen-check[data-state="valid"]').waitFor();
  assert.equal(await status.textContent(), 'Valid: signal == "BUY"');
  assert.equal(await page.locator('#screen-caret').isVisible(), false);

  // applied: the table shows the rows the service's screen keeps, and says how many it left out
  const screened = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/scanner/results'
    && new URL(r.url()).searchParams.get('screen') === 'signal == "BUY"');
  await page.keyboard.press('Enter');
  const answer = await (await screened).json();
  const own = await (await fetch(`${base}/api/scanner/results?${new URLSearchParams({ screen: 'signal == "BUY"' })}`)).json();
  assert.ok(answer.signals.length > 0 && answer.signals.length < REPLAY_SYMBOLS, `${answer.signals.length} BUY rows`);
  assert.deepEqual(answer.signals.map((s) => s.symbol).sort(), own.signals.map((s) => s.symbol).sort());
  await page.waitForFunction((n) => document.querySelectorAll('#results-body tr').length === n, answer.signals.length);
  const rows = page.locator('#results-body tr');
  assert.deepEqual(await rows.evaluateAll((trs) => trs.map((tr) => tr.dataset.symbol).sort()),
    answer.signals.map((s) => s.symbol).sort());
  assert.deepEqual([...new Set(await page.locator('#results-body .signal').allTextContents())], ['BUY']);
  assert.equal(await page.locator('#screen-count').textContent(),
    `${answer.signals.length} shown · ${REPLAY_SYMBOLS - answer.signals.length} screened out`);
  assert.equal(answer.screenedOut, REPLAY_SYMBOLS - answer.signals.length);
  assert.equal(await page.locator('#results-count').textContent(), `${answer.signals.length} of ${REPLAY_SYMBOLS}`);

  // saved by name: it appears in the list, marked as the screen applied
  const name = `BUY rows ${Date.now()}`;
  const created = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/scanner/screens'
    && r.request().method() === 'POST');
  await page.getByLabel('Screen name').fill(name);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  assert.deepEqual((await created).request().postDataJSON(), { name, expression: 'signal == "BUY"' });
  const item = page.locator('#saved-screens li', { hasText: name });
  await item.waitFor();
  assert.equal(await item.locator('code').textContent(), 'signal == "BUY"');
  assert.equal(await item.getAttribute('aria-current'), 'true');
  const listed = await (await fetch(`${base}/api/scanner/screens`)).json();
  assert.ok(listed.screens.some((s) => s.name === name && s.expression === 'signal == "BUY"'));

  // cleared, then applied again from the list
  await page.getByRole('button', { name: 'Clear' }).click();
  await page.waitForFunction((n) => document.querySelectorAll('#results-body tr').length === n, REPLAY_SYMBOLS);
  assert.equal(await input.inputValue(), '');
  await page.getByRole('button', { name: `Apply screen ${name}` }).click();
  await page.waitForFunction((n) => document.querySelectorAll('#results-body tr').length === n, answer.signals.length);
  assert.equal(await input.inputValue(), 'signal == "BUY"');

  // deleted: gone from the list and from the service
  await page.getByRole('button', { name: `Delete screen ${name}` }).click();
  await item.waitFor({ state: 'detached' });
  const left = await (await fetch(`${base}/api/scanner/screens`)).json();
  assert.ok(!left.screens.some((s) => s.name === name));

  await context.close();
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('alert rules and channels: a channel is created with a write-only secret and tested, a rule sends to it, its deliveries show', { timeout: 240000 }, async () => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  page.setDefaultTimeout(30000);
  const problems = watch(page);
  const panel = page.getByRole('region', { name: 'Alert rules' });

  await page.goto(`${base}/`);
  await page.locator('#connection[data-state="live"]').waitFor();
  // the service's default rules, one per change kind
  await panel.getByRole('row', { name: /^Signal flips signal flips every symbol every time none feed only/ }).waitFor();

  // a webhook (a public address: no name to resolve here); its secret is sent once and never shown again
  await panel.getByText('New channel').click();
  await panel.getByLabel('Channel name').fill('Ops hook');
  await panel.getByLabel('URL', { exact: true }).fill('https://93.184.216.34/hook');
  const secret = panel.getByRole('textbox', { name: /^Signing secret/ });
  assert.equal(await secret.getAttribute('type'), 'password');
  await secret.fill('0123456789abcdef0123');
  const created = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/scanner/channels'
    && r.request().method() === 'POST');
  await panel.getByRole('button', { name: 'Create channel' }).click();
  assert.equal((await created).request().postDataJSON().secret, '0123456789abcdef0123');
  const channel = (await (await created).json()).channel;
  const item = panel.locator('#channels li', { hasText: 'Ops hook' });
  await item.waitFor();
  assert.match(await item.textContent(), /Webhook.*https:\/\/93\.184\.216\.34:443\/….*active/);
  assert.ok(!(await page.content()).includes('0123456789abcdef0123'), 'the secret is nowhere on the page');

  // a test message: it cannot reach the address from here, and says why
  await panel.getByRole('button', { name: 'Send a test message to Ops hook' }).click();
  await item.getByText(/^ ?Test message failed: connection_failed/).waitFor();
  assert.match(await panel.locator('#channels-message').textContent(), /^Ops hook: Test message failed: /);

  // editing it shows no secret, and keeps the stored one when none is typed
  await panel.getByRole('button', { name: 'Edit channel Ops hook' }).click();
  assert.equal(await secret.inputValue(), '');
  assert.equal(await panel.locator('#channel-secret-note').textContent(), '(one is stored; empty keeps it)');
  await panel.getByLabel('Channel name').fill('Ops webhook');
  const changed = page.waitForResponse((r) => new URL(r.url()).pathname === `/api/scanner/channels/${channel.id}`);
  await panel.getByRole('button', { name: 'Save changes' }).click();
  const change = (await changed).request().postDataJSON();
  assert.equal(change.name, 'Ops webhook');
  assert.equal('secret' in change, false, `sent: ${JSON.stringify(change)}`);
  assert.equal((await (await changed).json()).channel.secretSet, true);
  await panel.locator('#channels li', { hasText: 'Ops webhook' }).waitFor();

  // a screen rule sending to it, the screen checked and completed as in the Screens panel
  await panel.getByText('New rule').click();
  await panel.getByLabel('Rule name').fill('Buys to ops');
  const expression = panel.getByRole('combobox', { name: 'Screen' });
  await expression.pressSequentially('sig');
  await panel.getByRole('option', { name: /^signal/ }).waitFor();
  await page.keyboard.press('Tab');
  await expression.pressSequentially(' == "BUY"');
  await panel.locator('#rule-check[data-state="valid"]').waitFor();
  assert.equal(await panel.locator('#rule-trigger').inputValue(), 'enters');
  await panel.getByLabel('Cooldown').fill('3600');
  await panel.getByRole('checkbox', { name: /^Ops webhook/ }).check();
  const ruleCreated = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/scanner/alert-rules'
    && r.request().method() === 'POST');
  await panel.getByRole('button', { name: 'Create rule' }).click();
  const sent = (await ruleCreated).request().postDataJSON();
  assert.deepEqual({ ...sent }, {
    name: 'Buys to ops', kind: 'screen_match', expression: 'signal == "BUY"', symbols: [], exchange: '', timeframe: '',
    trigger: 'enters', cooldownSeconds: 3600, oncePerCandle: true, channels: [channel.id], enabled: true,
  });
  const rule = (await (await ruleCreated).json()).rule;
  const row = panel.getByRole('row', { name: /^Buys to ops/ });
  await row.waitFor();
  assert.match(await row.textContent(), /signal == "BUY"every symbolwhen it starts matchingonce per candle1 hOps webhook/);

  // a scan: the BUY rows enter the screen, and each alert's delivery to the webhook is listed (failed or retrying)
  await page.getByRole('button', { name: 'Scan now' }).click();
  await page.waitForFunction((n) => document.querySelectorAll('#results-body tr').length === n, REPLAY_SYMBOLS);
  await page.locator('#alerts li.screen_match').first().waitFor();
  await panel.getByRole('button', { name: 'Deliveries of Buys to ops' }).click();
  const deliveries = panel.getByRole('region', { name: 'Deliveries of “Buys to ops”' });
  await deliveries.waitFor();
  for (let i = 0; i < 50 && await deliveries.locator('tbody tr').count() === 0; i += 1) {
    await page.waitForTimeout(200);
    await deliveries.getByRole('button', { name: 'Refresh' }).click();
  }
  const first = deliveries.locator('tbody tr').first();
  await first.waitFor();
  assert.match(await first.textContent(), /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\dOps webhook(failed|retrying)\d+connection_failed/);

  // disabled from its row, then deleted; the channel, no longer used, too
  await panel.getByRole('checkbox', { name: 'Buys to ops enabled' }).uncheck();
  await panel.locator('#rules-message', { hasText: 'Rule “Buys to ops” disabled.' }).waitFor();
  const stored = await (await fetch(`${base}/api/scanner/alert-rules/${rule.id}`)).json();
  assert.equal(stored.rule.enabled, false);
  await panel.getByRole('button', { name: 'Delete rule Buys to ops' }).click();
  await row.waitFor({ state: 'detached' });
  await deliveries.waitFor({ state: 'hidden' });
  await panel.getByRole('button', { name: 'Delete channel Ops webhook' }).click();
  await panel.locator('#channels li', { hasText: 'Ops webhook' }).waitFor({ state: 'detached' });
  assert.equal((await (await fetch(`${base}/api/scanner/channels`)).json()).count, 0);

  await context.close();
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('the scorecard: its verdict, each bucket with its interval, and past signals on the detail chart with their outcomes', { timeout: 240000 }, async () => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  page.setDefaultTimeout(60000);
  const problems = watch(page);

  await page.goto(`${base}/`);
  await page.locator('#connection[data-state="live"]').waitFor();
  // the top bar's link jumps to the panel and puts the keyboard there
  await page.getByRole('link', { name: 'Scorecard' }).click();
  const panel = page.getByRole('region', { name: 'Scorecard' });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'scorecard-heading');

  // the bundled recorded candles, on the service's defaults; the first computation takes a few seconds
  const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/scanner/scorecard');
  await panel.getByRole('button', { name: 'Show scorecard' }).click();
  const answer = await (await answered).json();
  assert.equal(answer.success, true);
  assert.equal(answer.data.source, 'bundled');
  await panel.getByRole('button', { name: 'Show scorecard' }).waitFor();
  assert.equal(await panel.locator('#scorecard-verdict').textContent(), answer.verdict);
  assert.ok(answer.verdict.length > 20, `a verdict in words: ${answer.verdict}`);
  assert.match(await panel.locator('#scorecard-data').textContent(),
    new RegExp(`${answer.data.timeframe} · ${answer.data.symbols.length} symbols · \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC to `));

  // the horizons of the answer; the one chosen (from the keyboard) redraws the chart and the table
  const horizon = panel.getByRole('combobox', { name: 'Horizon' });
  assert.deepEqual(await horizon.locator('option').evaluateAll((os) => os.map((o) => Number(o.value))), answer.horizons);
  const h = answer.horizons[answer.horizons.length - 1];
  await horizon.focus();
  await page.keyboard.press('End');
  assert.equal(Number(await horizon.inputValue()), h);
  const bucket = answer.buckets.find((b) => b.horizon === h && b.count > 0 && b.hitRate && b.hitRate.low !== null
    && b.meanReturn && b.meanReturn.low !== null);
  assert.ok(bucket, 'a bucket with intervals at the last horizon');
  const percent = (v) => `${(v * 100).toFixed(1)}%`;
  const signed = (v, digits = 2) => {
    const text = (v * 100).toFixed(digits);
    return Number(text) === 0 ? `${(0).toFixed(digits)}%` : `${v > 0 ? '+' : ''}${text}%`;
  };
  const name = `${bucket.signal} ${bucket.strength}`;
  const row = panel.locator(`.scorecard-table tr[data-bucket="${name}"]`).first();
  const cells = await row.locator('th, td').allTextContents();
  assert.deepEqual(cells.slice(0, 6), [bucket.signal, bucket.strength, String(bucket.count),
    `${percent(bucket.hitRate.value)} (${percent(bucket.hitRate.low)} to ${percent(bucket.hitRate.high)})`,
    percent(bucket.baseline.hitRate),
    `${signed(bucket.meanReturn.value, 3)} (${signed(bucket.meanReturn.low, 3)} to ${signed(bucket.meanReturn.high, 3)})`]);
  assert.equal(cells[10], { edge: 'edge', worse: 'worse', no_edge: 'no edge', too_few: 'too few' }[bucket.verdict]);
  assert.equal(cells[11], bucket.summary);
  // in the chart: the bucket's row with both measures' interval bars, the baseline marks and the verdict badge
  const drawn = panel.locator(`svg.sc-chart g.sc-row[data-bucket="${name}"]`).first();
  assert.equal(await drawn.locator('circle.sc-point').count(), 2);
  assert.equal(await drawn.locator('line.sc-interval').count(), 6);
  assert.equal(await drawn.locator('line.sc-baseline').count(), 2);
  assert.equal(await drawn.locator('title').textContent(), `${name}: ${bucket.summary}`);
  const rows = answer.buckets.filter((b) => b.horizon === h).length;
  assert.equal(await panel.locator('svg.sc-chart').first().locator('g.sc-row').count(), rows);
  mkdirSync(path.dirname(SCORECARD_SCREENSHOT), { recursive: true });
  // clipped from the whole page, so that the sticky top bar does not cover the panel's head; no row under the pointer
  await page.mouse.move(0, 0);
  const clip = await panel.evaluate((node) => {
    const r = node.getBoundingClientRect();
    return { x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height };
  });
  await page.screenshot({ path: SCORECARD_SCREENSHOT, fullPage: true, clip });
  // on a phone the chart and the tables scroll sideways in their boxes; the page itself does not
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page with the scorecard is ${overflow}px wider than a phone screen`);
  await page.setViewportSize({ width: 1440, height: 1000 });

  // a symbol's detail: its past signals on the candles, their outcomes in a tooltip
  await page.getByRole('button', { name: 'Scan now' }).click();
  await page.waitForFunction((n) => document.querySelectorAll('#results-body tr').length === n, REPLAY_SYMBOLS);
  const pastAnswer = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/scanner/scorecard/past-signals');
  await page.locator('#results-body tr[data-symbol="BTC/USDT"]').click();
  const past = await (await pastAnswer).json();
  assert.equal(past.success, true);
  assert.ok(past.signals.length > 0, 'BTC/USDT changed signal within the chart\'s 200 candles');
  const canvas = page.locator('#detail canvas.chart-canvas');
  await page.waitForFunction(() => Number(document.querySelector('#detail canvas.chart-canvas').dataset.markers) > 0);
  const markers = Number(await canvas.getAttribute('data-markers'));
  const list = page.locator('#detail .past-signals');
  // the markers are the walk's changes of signal and, once the service has given signals here, its own
  const caption = (await list.locator('summary').textContent())
    .match(/^Past signals on this chart: (\d+) changes? of signal replayed(?:, (\d+) given by the service)?/);
  assert.ok(caption, 'the list says how many past signals the chart marks');
  assert.equal(Number(caption[1]) + Number(caption[2] ?? 0), markers);

  // the pointer on a marked candle: the tooltip gives the outcome at every horizon, or says it is pending
  const last = list.locator('button.past-signal').filter({ hasText: 'replayed' }).first();
  const index = Number(await last.getAttribute('data-index'));
  const box = await canvas.boundingBox();
  const candles = Number(await canvas.getAttribute('data-drawn'));
  // the chart's plot: 8 px of padding on the left, the price axis (78 px) and 8 px on the right
  const step = (await canvas.evaluate((c) => c.clientWidth) - 86) / candles;
  await page.mouse.move(box.x + 8 + step * (index + 0.5), box.y + box.height / 2);
  const tooltip = page.getByRole('tooltip');
  await tooltip.waitFor();
  const text = await tooltip.textContent();
  const utc = (iso) => `${new Date(iso).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  const shown = past.signals.find((s) => text.startsWith(`${s.signal} strength ${s.strength} · ${utc(s.candleTime)}`));
  assert.ok(shown, `the tooltip names a past signal: ${text}`);
  const lines = await tooltip.locator('.tip-signal').first().locator('li').allTextContents();
  assert.equal(lines.length, answer.horizons.length, `one line per horizon: ${lines}`);
  for (const o of shown.outcomes) {
    assert.ok(lines.some((l) => l.startsWith(`${o.horizon} candle${o.horizon === 1 ? '' : 's'}: ${signed(o.forwardReturn)} · best `)), `${lines}`);
  }
  for (const p of shown.pendingHorizons) assert.ok(lines.includes(`${p} candle${p === 1 ? '' : 's'}: pending`), `${lines}`);
  await page.mouse.move(box.x + 2, box.y + box.height + 40);
  await tooltip.waitFor({ state: 'hidden' });

  // from the keyboard: the list under the chart, each signal focused shows its tooltip
  await list.locator('summary').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('past-signal')), true);
  await tooltip.waitFor();
  assert.match(await tooltip.textContent(), /^(BUY|SELL|HOLD) strength \d+ · \d{4}-\d\d-\d\d \d\d:\d\d UTC · at /);

  await context.close();
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('a service with a token: the page asks for it, keeps it for the tab, and sends it', { timeout: 240000 }, async () => {
  const secured = await startService([`-Dscanner.api.token=${TOKEN}`, '-Dscanner.api.protect-reads=true']);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(30000);
    const problems = watch(page, secured.base, true);
    const streams = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/api/scanner/events') streams.push(r.url());
    });

    await page.goto(`${secured.base}/`);
    // reads need the token: the page asks for it, once for all the requests that were refused
    const dialog = page.getByRole('dialog', { name: 'API token' });
    await dialog.waitFor();
    await dialog.getByLabel('Token').fill('not-the-token');
    await dialog.getByRole('button', { name: 'Use token' }).click();
    await dialog.getByText('That token was not accepted').waitFor();
    await dialog.getByLabel('Token').fill(TOKEN);
    await dialog.getByRole('button', { name: 'Use token' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.locator('#connection[data-state="live"]').waitFor();
    assert.ok(streams.some((u) => new URL(u).searchParams.get('token') === TOKEN), `stream URLs: ${streams}`);
    await page.waitForFunction(() => document.getElementById('source-name').textContent === 'REPLAY');

    const scanResponse = page.waitForResponse((r) => r.url().endsWith('/api/scanner/quick-scan'));
    await page.getByRole('button', { name: 'Scan now' }).click();
    const scan = await scanResponse;
    assert.equal(scan.status(), 200);
    assert.equal(scan.request().headers().authorization, `Bearer ${TOKEN}`);
    await page.waitForFunction((n) => document.querySelectorAll('#results-body tr').length === n, REPLAY_SYMBOLS);

    // kept for this tab's session only
    assert.equal(await page.evaluate(() => sessionStorage.getItem('fastScanner.apiToken')), TOKEN);
    assert.equal(await page.evaluate(() => localStorage.length), 0);
    await page.reload();
    await page.locator('#connection[data-state="live"]').waitFor();
    assert.equal(await dialog.isVisible(), false, 'no second question after a reload');
    await page.waitForFunction((n) => document.querySelectorAll('#results-body tr').length === n, REPLAY_SYMBOLS);
    assert.deepEqual(problems, [], problems.join('\n'));
  } finally {
    await context.close();
    await stopService(secured);
  }
});

test('a restart: the page says the service is restarting, then is live again by itself', { timeout: 240000 }, async () => {
  const first = await startService(['-Dquarkus.shutdown.delay=1s']);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  let second = null;
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(30000);
    const streams = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/api/scanner/events') streams.push(r.url());
    });
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));

    await page.goto(`${first.base}/`);
    await page.locator('#connection[data-state="live"]').waitFor();
    const scanResponse = page.waitForResponse((r) => r.url().endsWith('/api/scanner/quick-scan'));
    await page.getByRole('button', { name: 'Scan now' }).click();
    assert.equal((await scanResponse).status(), 200);
    await page.waitForFunction((n) => document.querySelectorAll('#results-body tr').length === n, REPLAY_SYMBOLS);

    // SIGTERM: the stream's last event tells the page to come back after its retry delay
    const stopped = stopService(first);
    await page.locator('#connection[data-state="restarting"]').waitFor();
    assert.equal(await page.locator('#connection-text').textContent(), 'service restarting…');
    await stopped;

    second = await startService([], first.port);
    await page.locator('#connection[data-state="live"]').waitFor({ timeout: 60000 });
    // it resumed from the last event it saw, which the new process answers with resync "restarted"
    assert.ok(streams.slice(1).some((u) => new URL(u).searchParams.has('lastEventId')), `stream URLs: ${streams}`);
    assert.deepEqual(pageErrors, [], pageErrors.join('\n'));
  } finally {
    await context.close();
    await stopService(first);
    if (second) await stopService(second);
  }
});
