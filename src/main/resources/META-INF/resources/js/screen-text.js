// The text of a screen as it is typed, without a browser: what to suggest at the caret (field names, or the values
// of an enumerated field inside quotes), where an error points, and the caret line drawn under the screen.

const MAX_SUGGESTIONS = 8;
const MIN_INFIX = 3; // a shorter word is only completed as the start of a name
const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'true', 'false']);
const WORD = /[A-Za-z0-9_]/;
// the field a value is compared with: `signal == "`, `regime != '`, `signal in ("BUY", "` (text before the value)
const VALUE_CONTEXT = new RegExp('([A-Za-z_][A-Za-z0-9_]*)\\s*'
  + '(?:==?|!=|(?:not\\s+)?in\\s*\\((?:\\s*(?:"[^"]*"|\'[^\']*\')\\s*,)*)\\s*$', 'i');

/**
 * The suggestions for the caret at `caret` in `text`: { from, to, items: [{ label, insert, detail }] }, where an
 * item replaces text.slice(from, to) with its insert. Inside quotes after an enumerated field: its values (with the
 * closing quote when none follows); on a word: the fields whose name starts with it, then (from three letters) those
 * that contain it; after `field ==` with no value yet: the field's values in quotes. No items: nothing to suggest.
 */
export function completions(fields, text, caret = text.length) {
  const none = { from: caret, to: caret, items: [] };
  const before = text.slice(0, caret);
  const quote = openQuote(before);
  if (quote) {
    const field = valueField(fields, before.slice(0, quote.at));
    if (!field) return none;
    const typed = before.slice(quote.at + 1);
    const closed = text[caret] === quote.char;
    const items = field.values.filter((v) => v.toLowerCase().startsWith(typed.toLowerCase()) && v !== typed)
      .map((v) => ({ label: v, insert: closed ? v : `${v}${quote.char}`, detail: field.name }));
    return { from: quote.at + 1, to: caret, items: items.slice(0, MAX_SUGGESTIONS) };
  }
  let from = caret;
  while (from > 0 && WORD.test(text[from - 1])) from -= 1;
  let to = caret;
  while (to < text.length && WORD.test(text[to])) to += 1;
  const word = text.slice(from, caret);
  if (!word) {
    const field = valueField(fields, before);
    if (!field || !field.values.length) return none;
    return { from, to: caret, items: field.values.slice(0, MAX_SUGGESTIONS)
      .map((v) => ({ label: `"${v}"`, insert: `"${v}"`, detail: field.name })) };
  }
  if (/^[0-9]/.test(word) || KEYWORDS.has(word.toLowerCase())) return none;
  const lower = word.toLowerCase();
  const starts = fields.filter((f) => f.name.toLowerCase().startsWith(lower));
  const contains = lower.length < MIN_INFIX ? []
    : fields.filter((f) => !starts.includes(f) && f.name.toLowerCase().includes(lower));
  const items = [...starts, ...contains].filter((f) => f.name !== text.slice(from, to))
    .map((f) => ({ label: f.name, insert: f.name, detail: describe(f) }));
  return { from, to, items: items.slice(0, MAX_SUGGESTIONS) };
}

/** The quote left open before the caret, { at, char }, or null: the caret is not inside a text value. */
function openQuote(before) {
  let open = null;
  for (let i = 0; i < before.length; i += 1) {
    const c = before[i];
    if (open && c === '\\') i += 1;
    else if (open && c === open.char) open = null;
    else if (!open && (c === '"' || c === "'")) open = { at: i, char: c };
  }
  return open;
}

/** The enumerated field a value typed after `before` is compared with, or null. */
function valueField(fields, before) {
  const match = VALUE_CONTEXT.exec(before);
  const field = match && fields.find((f) => f.name === match[1]);
  return field && field.values && field.values.length ? field : null;
}

/** "number · indicators · RSI(14), Wilder's, 0-100": the line shown next to a suggested field. */
export function describe(field) {
  const source = field.source === 'deep' ? 'deep analysis' : field.source;
  return [field.type, source, field.description].filter(Boolean).join(' · ');
}

/**
 * Where an INVALID_SCREEN error points: its error.position, or else the "at position N" of its message; null when
 * it says neither.
 */
export function errorPosition(error) {
  if (!error) return null;
  if (Number.isInteger(error.position) && error.position >= 0) return error.position;
  const match = /\bat position (\d+)\b/.exec(error.message || '');
  return match ? Number(match[1]) : null;
}

/**
 * The screen and a caret under `position`, as two lines of at most `width` characters: a long screen is shown
 * around the position, cut ends marked with "…". Whitespace is shown as spaces, so the caret lines up.
 */
export function caretLines(text, position, width = 80) {
  const shown = text.replace(/\s/g, ' ');
  const at = Math.max(0, Math.min(position, shown.length));
  if (shown.length < width) return [shown, `${' '.repeat(at)}^`];
  const start = Math.max(0, Math.min(at - Math.floor(width / 2), shown.length + 1 - width));
  const end = Math.min(shown.length, start + width);
  const head = start > 0 ? '…' : '';
  const line = `${head}${shown.slice(start, end)}${end < shown.length ? '…' : ''}`;
  return [line, `${' '.repeat(head.length + at - start)}^`];
}
