// The scanner's HTTP API. Every call resolves to the JSON body or throws an ApiError with the server's code.

import * as auth from './auth.js';
import { pathSymbol } from './format.js';

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
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
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    // not JSON: handled below
  }
  if (!response.ok || !body || body.success === false) {
    const error = body && body.error ? body.error : {};
    throw new ApiError(response.status, error.code || `HTTP_${response.status}`,
      error.message || `Request failed with status ${response.status}`);
  }
  return body;
}

/** A manual quick scan; one exchange is sent as exchange, several as exchanges, none means the service's default. */
export function quickScan(symbols, timeframe, exchanges = []) {
  const body = { timeframe, trigger: 'manual' };
  if (symbols.length) body.symbols = symbols;
  if (exchanges.length === 1) [body.exchange] = exchanges;
  else if (exchanges.length > 1) body.exchanges = exchanges;
  return request('/api/scanner/quick-scan', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  });
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

/**
 * Recent alerts, or null when this service has no alerts endpoint. The OpenAPI document says whether it exists,
 * so the page does not provoke a 404 (which browsers report as a console error).
 */
export async function alerts() {
  try {
    const openapi = await fetch('/q/openapi?format=json', { headers: { Accept: 'application/json' } });
    if (openapi.ok && !((await openapi.json()).paths || {})['/api/scanner/alerts']) return null;
  } catch (e) {
    // no API description: ask the endpoint itself
  }
  try {
    return (await request('/api/scanner/alerts?since=0')).alerts || [];
  } catch (e) {
    if (e.status === 404 || e.status === 405) return null;
    throw e;
  }
}
