// The scanner's HTTP API. Every call resolves to the JSON body or throws an ApiError with the server's code (and,
// for an INVALID_SCREEN, the position of the mistake).

import * as auth from './auth.js';
import { pathSymbol } from './format.js';

export class ApiError extends Error {
  constructor(status, code, message, position = null) {
    super(message);
    this.status = status;
    this.code = code;
    this.position = position;
  }
}

async function request(path, options = {}) {
  let response;
  const sent = auth.token();
  try {
    const headers = { Accept: 'application/json', ...options.headers, ...auth.authorization() };
    response = await fetch(path, { ...options, headers });
  } catch (e) {
    throw new ApiError(0, 'NETWORK', 'The service cannot be reached');
  }
  if (response.status === 401) {
    // the service needs its API token: ask for it, then send the request again. A request that left with a token
    // since replaced (its answer came after the user gave another) is sent again with the new one, without asking.
    auth.refused(options.method);
    if (auth.token() !== sent || await auth.askForToken(sent !== null)) return request(path, options);
  }
  if (response.status === 204) return {};
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    // not JSON: handled below
  }
  if (!response.ok || !body || body.success === false) {
    const error = body && body.error ? body.error : {};
    throw new ApiError(response.status, error.code || `HTTP_${response.status}`,
      error.message || `Request failed with status ${response.status}`,
      Number.isInteger(error.position) ? error.position : null);
  }
  return body;
}

/** The path of one item of a collection. */
const one = (base, id) => `${base}/${encodeURIComponent(id)}`;

/** The options of a request that sends a JSON body. */
function sending(method, body) {
  return {
    method,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  };
}

/** A manual quick scan; one exchange is sent as exchange, several as exchanges, none means the service's default. */
export function quickScan(symbols, timeframe, exchanges = []) {
  const body = { timeframe, trigger: 'manual' };
  if (symbols.length) body.symbols = symbols;
  if (exchanges.length === 1) [body.exchange] = exchanges;
  else if (exchanges.length > 1) body.exchanges = exchanges;
  return request('/api/scanner/quick-scan', sending('POST', body));
}

export const results = () => request('/api/scanner/results');
export const scanStatus = () => request('/api/scanner/scan-status');
export const exchanges = () => request('/api/scanner/exchanges');

export function symbol(name, exchange) {
  const query = exchange ? `?${new URLSearchParams({ exchange })}` : '';
  return request(`/api/scanner/symbol/${encodeURIComponent(pathSymbol(name))}${query}`);
}

export function candles(name, exchange, timeframe, limit = 200) {
  const query = new URLSearchParams({ ...(exchange ? { exchange } : {}), timeframe, limit: String(limit) });
  return request(`/api/scanner/symbol/${encodeURIComponent(pathSymbol(name))}/candles?${query}`);
}

let described = null;

/**
 * Whether this service serves a path, as its OpenAPI document says, so the page does not provoke a 404 (which
 * browsers report as a console error). True when there is no document to ask: the endpoint itself will tell.
 */
export async function offers(path) {
  if (!described) {
    described = fetch('/q/openapi?format=json', { headers: { Accept: 'application/json' } })
      .then((r) => (r.ok ? r.json() : null))
      .then((document) => (document && document.paths) || null)
      .catch(() => null);
  }
  const paths = await described;
  return !paths || Boolean(paths[path]);
}

/** Recent alerts, or null when this service has no alerts endpoint. */
export async function alerts() {
  if (!await offers('/api/scanner/alerts')) return null;
  try {
    return (await request('/api/scanner/alerts?since=0')).alerts || [];
  } catch (e) {
    if (e.status === 404 || e.status === 405) return null;
    throw e;
  }
}

// screens: the fields and the check of the editor, the rows a screen keeps, and the saved screens

export const screenFields = () => request('/api/scanner/screen-fields');
export const checkScreen = (expression) => request('/api/scanner/screen-check', sending('POST', { expression }));

/** The latest scan's rows that pass a screen (its expression): { signals, count, screenedOut, ... }. */
export function screenedResults(expression) {
  return request(`/api/scanner/results?${new URLSearchParams({ screen: expression })}`);
}

const SCREENS = '/api/scanner/screens';
export const screens = () => request(SCREENS);
export const createScreen = (name, expression) => request(SCREENS, sending('POST', { name, expression }));
export const updateScreen = (id, name, expression) => request(one(SCREENS, id), sending('PUT', { name, expression }));
export const deleteScreen = (id) => request(one(SCREENS, id), { method: 'DELETE' });

// alerting: alert rules with the deliveries of their alerts, and the notification channels they send to

const RULES = '/api/scanner/alert-rules';
const CHANNELS = '/api/scanner/channels';

export const rules = () => request(RULES);
export const createRule = (rule) => request(RULES, sending('POST', rule));
export const updateRule = (id, change) => request(one(RULES, id), sending('PUT', change));
export const deleteRule = (id) => request(one(RULES, id), { method: 'DELETE' });
export const deliveries = (id) => request(`${one(RULES, id)}/deliveries`);

export const channels = () => request(CHANNELS);
export const createChannel = (channel) => request(CHANNELS, sending('POST', channel));
export const updateChannel = (id, change) => request(one(CHANNELS, id), sending('PUT', change));
export const deleteChannel = (id) => request(one(CHANNELS, id), { method: 'DELETE' });
export const testChannel = (id) => request(`${one(CHANNELS, id)}/test`, { method: 'POST' });
export const resumeChannel = (id) => request(`${one(CHANNELS, id)}/resume`, { method: 'POST' });

// the scorecard: hit rate and mean return of past signals against the baseline, and the signals on a symbol's chart

/** The query string of the parameters given (empty values left out). */
function query(params) {
  const given = Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return new URLSearchParams(given.map(([k, v]) => [k, String(v)])).toString();
}

/** { data, horizons, baseline, buckets, verdict, computedMs } for exchange, timeframe, from, to, symbols, horizons. */
export const scorecard = (params) => request(`/api/scanner/scorecard?${query(params)}`);

/** The changes of signal a walk over the recorded candles gives for one symbol between from and to. */
export const pastSignals = (params) => request(`/api/scanner/scorecard/past-signals?${query({ changes: true, ...params })}`);

/** The signals the service really gave for one symbol, or null when this service does not keep them. */
export async function recordedSignals(params) {
  if (!await offers('/api/scanner/scorecard/signals')) return null;
  try {
    return await request(`/api/scanner/scorecard/signals?${query(params)}`);
  } catch (e) {
    if (e.status === 404 || e.status === 405) return null;
    throw e;
  }
}
