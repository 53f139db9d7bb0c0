// The Screens panel: a screen typed in the editor (js/screen-editor.js) is applied to the table through
// GET /api/scanner/results?screen=, asked again (debounced) as new results arrive; screens are saved by name,
// listed, applied, edited and deleted through /api/scanner/screens.

import * as api from './api.js';
import { el, rowKey, actionButton } from './format.js';
import { createScreenEditor, debounce } from './screen-editor.js';

const REFRESH_DELAY_MS = 400;

export function createScreens({ panel, editorParts, applyForm, clearButton, count, saveForm, nameInput,
  saveButton, cancelButton, message, error, list, empty, onMatches }) {
  const editor = createScreenEditor({ ...editorParts, check: api.checkScreen });
  let applied = null; // the canonical expression the table is filtered by, or null
  let editing = null; // the saved screen being edited, or null
  let saved = [];
  let asked = 0;
  const later = debounce(() => refresh(), REFRESH_DELAY_MS);

  applyForm.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  clearButton.addEventListener('click', () => {
    editor.set('');
    clear();
  });
  saveForm.addEventListener('submit', (event) => {
    event.preventDefault();
    save();
  });
  cancelButton.addEventListener('click', () => stopEditing());

  function say(text) {
    message.textContent = text;
    error.hidden = true;
  }

  function fail(text) {
    error.textContent = text;
    error.hidden = false;
  }

  /** Applies the editor's screen; `checked`: the outcome of a check already made of its text. */
  async function apply(checked = null) {
    const outcome = checked || await editor.check();
    if (outcome.state === 'empty') {
      clear();
    } else if (outcome.state === 'invalid') {
      editor.focus();
    } else if (outcome.state === 'unknown') {
      fail(outcome.message);
    } else {
      applied = outcome.expression;
      renderList();
      await refresh();
    }
  }

  /** Asks which rows pass the applied screen, and filters the table to them. */
  async function refresh() {
    later.cancel();
    if (!applied) return;
    const expression = applied;
    const mine = ++asked;
    try {
      const body = await api.screenedResults(expression);
      if (mine !== asked || applied !== expression) return;
      const signals = body.signals || [];
      onMatches(new Set(signals.map(rowKey)));
      count.textContent = `${signals.length} shown · ${body.screenedOut ?? 0} screened out`;
      say(`Screen applied: ${expression}`);
    } catch (e) {
      if (mine === asked) fail(`The screen could not be applied: ${e.message}`);
    }
  }

  function clear() {
    applied = null;
    asked += 1;
    later.cancel();
    onMatches(null);
    count.textContent = '';
    say('No screen applied: every row is shown.');
    renderList();
  }

  async function save() {
    const name = nameInput.value.trim();
    if (!name) {
      fail('Give the screen a name to save it.');
      nameInput.focus();
      return;
    }
    const outcome = await editor.check();
    if (outcome.state !== 'valid') {
      if (outcome.state === 'empty') fail('Write a screen to save.');
      else if (outcome.state === 'unknown') fail(outcome.message);
      editor.focus();
      return;
    }
    try {
      const screen = editing
        ? await api.updateScreen(editing.id, name, outcome.expression)
        : await api.createScreen(name, outcome.expression);
      stopEditing();
      nameInput.value = '';
      say(`Saved screen “${(screen && screen.name) || name}”.`);
      await load();
    } catch (e) {
      fail(`The screen could not be saved: ${e.message}`);
    }
  }

  function edit(screen) {
    editing = screen;
    nameInput.value = screen.name;
    saveButton.textContent = 'Save changes';
    cancelButton.hidden = false;
    editor.set(screen.expression);
    editor.focus();
    say(`Editing “${screen.name}”: change it, then Save changes.`);
  }

  function stopEditing() {
    editing = null;
    saveButton.textContent = 'Save';
    cancelButton.hidden = true;
  }

  async function remove(screen) {
    try {
      await api.deleteScreen(screen.id);
      if (editing && editing.id === screen.id) stopEditing();
      say(`Deleted screen “${screen.name}”.`);
      await load();
    } catch (e) {
      fail(`The screen could not be deleted: ${e.message}`);
    }
  }

  function renderList() {
    list.replaceChildren(...saved.map((screen) => {
      const name = screen.name;
      const current = screen.expression === applied;
      return el('li', { class: current ? 'applied' : '', 'aria-current': current ? 'true' : null },
        el('div', { class: 'saved-text' }, el('strong', {}, name), ' ', el('code', {}, screen.expression)),
        el('div', { class: 'saved-actions' },
          actionButton('Apply', `Apply screen ${name}`, async () => apply(await editor.set(screen.expression))),
          actionButton('Edit', `Edit screen ${name}`, () => edit(screen)),
          actionButton('Delete', `Delete screen ${name}`, () => remove(screen))));
    }));
    empty.hidden = saved.length > 0;
  }

  async function load() {
    try {
      saved = (await api.screens()).screens || [];
      renderList();
    } catch (e) {
      fail(`The saved screens could not be loaded: ${e.message}`);
    }
  }

  return {
    /** Shows the panel if the service checks screens; loads the fields and, if it keeps them, the saved screens. */
    async start() {
      if (!await api.offers('/api/scanner/screen-check')) return;
      panel.hidden = false;
      try {
        editor.setFields((await api.screenFields()).fields);
      } catch (e) {
        // without the catalogue the editor still checks screens; it only suggests nothing
      }
      const keeps = await api.offers('/api/scanner/screens');
      saveForm.hidden = !keeps;
      list.parentElement.hidden = !keeps;
      if (keeps) await load();
    },
    /** New results arrived (a scan, a deep analysis, a live candle): the applied screen is asked again soon. */
    changed() {
      if (applied) later();
    },
  };
}
