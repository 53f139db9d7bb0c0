// Number, time and text formatting shared by the views.

const PLAIN = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const COMPACT = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 2 });

export function isNum(v) {
  return typeof v === 'number' && Number.isFinite(v);
}

/** A price with as many digits as its size needs: 75,840.97, 1.4243, 0.09521. */
export function price(v) {
  if (!isNum(v)) return '–';
  const abs = Math.abs(v);
  if (abs >= 1000) return v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  if (abs >= 1) return v.toLocaleString('en-US', { maximumFractionDigits: 4 });
  return v.toLocaleString('en-US', { maximumSignificantDigits: 4 });
}

export function fixed(v, digits = 1) {
  return isNum(v) ? v.toFixed(digits) : '–';
}

export function number(v) {
  return isNum(v) ? PLAIN.format(v) : '–';
}

export function compact(v) {
  return isNum(v) ? COMPACT.format(v) : '–';
}

export function signedPct(v, digits = 2) {
  if (!isNum(v)) return '–';
  return `${v > 0 ? '+' : ''}${v.toFixed(digits)}%`;
}

export function pct(fraction, digits = 1) {
  return isNum(fraction) ? `${(fraction * 100).toFixed(digits)}%` : '–';
}

/** An ISO instant as "2026-04-21 00:00 UTC". */
export function utc(iso, withSeconds = false) {
  if (!iso) return '–';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '–';
  const s = d.toISOString();
  return `${s.slice(0, 10)} ${s.slice(11, withSeconds ? 19 : 16)} UTC`;
}

export function clock(iso) {
  if (!iso) return '–';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '–' : d.toISOString().slice(11, 19);
}

export function duration(ms) {
  if (!isNum(ms)) return '–';
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** "signal_strength" -> "Signal strength". */
export function label(name) {
  if (!name) return '';
  const s = String(name).replace(/_/g, ' ').replace(/\bml\b/gi, 'ML');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Builds an element: el('td', {class: 'num', text: '1.2'}, child, ...). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'text') node.textContent = value;
    else if (key === 'class') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'style') node.style.cssText = value;
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** A small button of a list item: its text, the accessible name that says what it acts on, and what it does. */
export function actionButton(text, label, onClick) {
  const button = el('button', { type: 'button', class: 'secondary small', 'aria-label': label }, text);
  button.addEventListener('click', () => onClick(button));
  return button;
}

const EXCHANGE_NAMES = {
  replay: 'Replay', binance: 'Binance', bybit: 'Bybit', okx: 'OKX', coinbase: 'Coinbase', kraken: 'Kraken',
  kucoin: 'KuCoin', synthetic: 'Synthetic',
};

/** "okx" -> "OKX", the display name of an exchange id. */
export function exchangeName(id) {
  return EXCHANGE_NAMES[id] || (id ? String(id) : '–');
}

/** The key of a row: the same symbol on two exchanges is two rows. */
export function rowKey(signal) {
  return `${signal.exchange || ''}|${signal.symbol}`;
}

/** "BTC/USDT" -> "BTC-USDT", the path spelling of a symbol. */
export function pathSymbol(symbol) {
  return String(symbol).replace('/', '-');
}

/** A fraction as a signed percentage: 0.0021 -> "+0.21%"; one that rounds to nothing is "0.00%", unsigned. */
export function signedFraction(fraction, digits = 2) {
  if (!isNum(fraction)) return '–';
  const rounded = Number((fraction * 100).toFixed(digits));
  return rounded === 0 ? `${(0).toFixed(digits)}%` : signedPct(rounded, digits);
}
