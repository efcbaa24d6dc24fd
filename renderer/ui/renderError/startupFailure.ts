/**
 * What the window shows when the app fails before React has mounted (a
 * missing preload bridge, a module that throws while loading, a rejected
 * start-up step): without it the window stays blank and the facilitator has
 * nothing to go on. Plain DOM, no React and no i18next instance, since either
 * may be what broke; the strings come straight from the bundled catalogs in
 * the OS's language, English where that has none.
 */
import { resources } from '../../i18n/i18n';
import { DEFAULT_LANGUAGE, type Language, pickLanguage } from '../../i18n/languages';

type StartupKey = 'startupError.title' | 'startupError.message' | 'startupError.whatToDo' | 'startupError.reload' | 'startupError.details';

function text(language: Language, key: StartupKey): string {
  const read = (lng: Language) => {
    const section = (resources[lng].app as Record<string, Record<string, unknown> | undefined>).startupError;
    const value = section?.[key.slice('startupError.'.length)];
    return typeof value === 'string' ? value : undefined;
  };
  return read(language) ?? read(DEFAULT_LANGUAGE) ?? key;
}

let shown = false;
let started = false;

/** Replaces the window's content with the start-up failure page (once). */
export function showStartupFailure(error: unknown): void {
  console.error('Journeyboard could not start', error);
  if (shown) return;
  shown = true;
  const language = pickLanguage(typeof navigator === 'undefined' ? [] : [...navigator.languages, navigator.language]);
  document.documentElement.lang = language;
  const root = document.getElementById('root') ?? document.body;
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, content?: string, className?: string) => {
    const node = document.createElement(tag);
    if (content !== undefined) node.textContent = content;
    if (className) node.className = className;
    return node;
  };
  const page = element('main', undefined, 'render-error');
  page.dataset.testid = 'startup-error';
  page.setAttribute('role', 'alert');
  const card = element('div', undefined, 'render-error-card');
  const reload = element('button', text(language, 'startupError.reload'), 'primary');
  reload.type = 'button';
  reload.addEventListener('click', () => window.location.reload());
  const buttons = element('div', undefined, 'render-error-buttons');
  buttons.append(reload);
  const details = element('details');
  details.append(element('summary', text(language, 'startupError.details')), element('pre', error instanceof Error ? error.message : String(error)));
  card.append(
    element('h1', text(language, 'startupError.title')),
    element('p', text(language, 'startupError.message')),
    element('p', text(language, 'startupError.whatToDo')),
    buttons,
    details,
  );
  page.append(card);
  root.replaceChildren(page);
  reload.focus();
}

/**
 * Until `startupDone()`, an uncaught error or rejection means the app never
 * came up: show the failure page. Installed when this module loads, which is
 * before the rest of the app's modules are evaluated.
 */
export function startupDone(): void {
  started = true;
}

if (typeof window !== 'undefined') {
  window.addEventListener('error', (event) => {
    if (!started) showStartupFailure(event.error ?? event.message);
  });
  window.addEventListener('unhandledrejection', (event) => {
    if (!started) showStartupFailure(event.reason);
  });
}
