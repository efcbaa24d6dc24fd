/**
 * Electron's half of the security rules; the decisions themselves live in
 * trust.ts. Only Electron's types are imported, so the policy is unit-tested
 * against a recording stand-in session (tests/unit/electron/sessionPolicy.test.ts).
 */
import type { App, Session } from 'electron';
import { contentSecurityPolicy, isAllowedRequestUrl, type RendererOrigin } from './trust';

/**
 * Where Chromium would fetch spell-check dictionaries from on Linux and
 * Windows. Loopback port 9 (discard) answers nothing and needs no DNS lookup,
 * so even if the spell checker were switched on again no request could leave.
 */
export const DICTIONARY_DOWNLOAD_URL = 'http://127.0.0.1:9/';

/** The parts of Electron's Session that the policy sets. */
export type PolicySession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setSpellCheckerEnabled' | 'setSpellCheckerDictionaryDownloadURL'
> & { readonly webRequest: Pick<Session['webRequest'], 'onBeforeRequest' | 'onHeadersReceived'> };

export function applySessionPolicy(session: PolicySession, origin: RendererOrigin): void {
  // Nothing the app does needs a browser permission (camera, notifications, ...).
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);

  // On Linux and Windows Chromium's spell checker downloads its dictionaries from
  // Google's CDN: off, and pointed at nothing (macOS uses the system's checker, no download).
  session.setSpellCheckerEnabled(false);
  session.setSpellCheckerDictionaryDownloadURL(DICTIONARY_DOWNLOAD_URL);

  // Client data must not leave the laptop: no network requests at all.
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url, origin) });
  });

  const csp = contentSecurityPolicy(origin);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
  });
}

/** No web contents may navigate away, open windows or embed webviews. */
export function lockDownWebContents(app: Pick<App, 'on'>): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
