/**
 * The header's theme switch: shows the hidden control (it does nothing without JavaScript), sets
 * the reader's choice on <html> and keeps it; a choice made in another tab is followed too.
 * The kept choice is applied before the first paint by the <head> script (src/domain/theme.ts).
 */
import { themeSwitchIds } from '../domain/page-ids.ts';
import { themeAttribute, themeChoiceOf, themeStorageKey, type ThemeChoice } from '../domain/theme.ts';
import { openStore } from './local-store.ts';

function applyTheme(choice: ThemeChoice): void {
  if (choice === 'system') document.documentElement.removeAttribute(themeAttribute);
  else document.documentElement.setAttribute(themeAttribute, choice);
}

export function bindThemeSwitch(root: Document): void {
  const wrapper = root.getElementById(themeSwitchIds.wrapper);
  const select = root.getElementById(themeSwitchIds.select);
  if (!wrapper || !(select instanceof HTMLSelectElement)) return;
  const store = openStore(themeStorageKey);
  select.value = themeChoiceOf(store?.read() ?? null);
  wrapper.hidden = false;
  select.addEventListener('change', () => {
    const choice = themeChoiceOf(select.value);
    applyTheme(choice);
    if (choice === 'system') store?.clear();
    else store?.write(choice);
  });
  window.addEventListener('storage', (event) => {
    if (event.key !== themeStorageKey) return;
    const choice = themeChoiceOf(event.newValue);
    select.value = choice;
    applyTheme(choice);
  });
}
