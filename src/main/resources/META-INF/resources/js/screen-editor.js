// The text field of a screen: checked by the service as it is typed (debounced), showing the canonical form or the
// error with a caret under its position, and completing field names (and the values of enumerated fields) from a
// suggestion list: a combobox, driven by the arrow keys, Enter or Tab to take a suggestion, Escape to close it.

import { el } from './format.js';
import { completions, errorPosition, caretLines } from './screen-text.js';

const CHECK_DELAY_MS = 250;
const CHAR_PX = 8; // the width of a character of the caret box's 13 px monospace font, about

/** fn, called once `ms` after the last of a burst of calls; .cancel() drops a pending call. */
export function debounce(fn, ms) {
  let timer = null;
  const debounced = (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
  debounced.cancel = () => clearTimeout(timer);
  return debounced;
}

/**
 * check(expression) resolves to the service's answer for a valid screen and rejects with its error otherwise.
 * Each check resolves to { state: 'empty' | 'valid' | 'invalid' | 'unknown', expression?, message?, position? }.
 */
export function createScreenEditor({ input, list, status, caret, check }) {
  let fields = [];
  let suggestion = { from: 0, to: 0, items: [] };
  let active = -1;
  let asked = 0; // the number of the last check sent: older answers are dropped
  let result = { state: 'empty' };
  const later = debounce(() => run(), CHECK_DELAY_MS);

  input.addEventListener('input', () => {
    later();
    suggest();
  });
  input.addEventListener('keydown', onKey);
  input.addEventListener('blur', () => close());
  input.addEventListener('click', () => suggest());
  // a suggestion is taken without the text field losing focus
  list.addEventListener('mousedown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => {
    const option = event.target.closest('[role="option"]');
    if (option) take(Number(option.dataset.index));
  });

  function onKey(event) {
    const open = !list.hidden;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!open) {
        suggest();
        return;
      }
      event.preventDefault();
      const n = suggestion.items.length;
      highlight(event.key === 'ArrowDown' ? (active + 1) % n : (active - 1 + n) % n);
    } else if (open && (event.key === 'Enter' || event.key === 'Tab') && suggestion.items.length) {
      if (event.key === 'Enter' && active < 0) { // Enter without a chosen suggestion applies the screen
        close();
        return;
      }
      event.preventDefault();
      take(Math.max(active, 0));
    } else if (open && event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  }

  function suggest() {
    suggestion = completions(fields, input.value, input.selectionStart ?? input.value.length);
    active = -1;
    if (!suggestion.items.length || document.activeElement !== input) {
      close();
      return;
    }
    list.replaceChildren(...suggestion.items.map((item, i) => el('li', {
      id: `${list.id}-${i}`, role: 'option', 'aria-selected': 'false', dataset: { index: String(i) },
    }, el('span', { class: 'suggestion-label' }, item.label), ' ', el('small', {}, item.detail))));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    input.removeAttribute('aria-activedescendant');
  }

  function highlight(index) {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    const option = list.children[index];
    input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  }

  function take(index) {
    const item = suggestion.items[index];
    if (!item) return;
    const text = input.value;
    input.value = `${text.slice(0, suggestion.from)}${item.insert}${text.slice(suggestion.to)}`;
    const at = suggestion.from + item.insert.length;
    input.setSelectionRange(at, at);
    close();
    later();
  }

  function close() {
    list.hidden = true;
    list.replaceChildren();
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  async function run() {
    later.cancel();
    const expression = input.value;
    const mine = ++asked;
    if (!expression.trim()) {
      show({ state: 'empty' });
      return result;
    }
    let outcome;
    try {
      const answer = await check(expression);
      outcome = { state: 'valid', expression: answer.expression, usesDeepFields: answer.usesDeepFields };
    } catch (e) {
      outcome = e.code === 'INVALID_SCREEN'
        ? { state: 'invalid', message: e.message, position: errorPosition(e), text: expression }
        : { state: 'unknown', message: `The screen could not be checked: ${e.message}` };
    }
    if (mine === asked) show(outcome);
    return mine === asked ? outcome : result;
  }

  function show(outcome) {
    result = outcome;
    input.setAttribute('aria-invalid', String(outcome.state === 'invalid'));
    status.dataset.state = outcome.state;
    caret.hidden = outcome.state !== 'invalid' || outcome.position === null;
    if (!caret.hidden) {
      // as many characters as the box shows (about 8 px each), so the caret stays in sight on a narrow screen
      const columns = Math.max(24, Math.floor(caret.clientWidth / CHAR_PX) - 2);
      caret.textContent = caretLines(outcome.text, outcome.position, columns).join('\n');
    }
    if (outcome.state === 'empty') status.textContent = 'Type a screen, such as rsi14 < 30 and signal == "BUY".';
    else if (outcome.state === 'valid') {
      status.replaceChildren('Valid: ', el('code', {}, outcome.expression), outcome.usesDeepFields
        ? ' (reads the deep analysis: a row matches once its deep analysis is done)' : '');
    } else status.textContent = outcome.message;
  }

  show(result);
  return {
    get value() {
      return input.value.trim();
    },
    /** Replaces the text (a saved screen to apply or edit) and checks it. */
    set(text) {
      input.value = text;
      close();
      return run();
    },
    /** Checks the text now, dropping the pending check; resolves to the outcome. */
    check: run,
    /** The catalogue of GET /api/scanner/screen-fields, for the suggestions. */
    setFields(catalogue) {
      fields = catalogue || [];
    },
    focus() {
      input.focus();
    },
  };
}
