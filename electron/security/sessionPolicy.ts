/** Electron's half of the security rules; the decisions themselves live in trust.ts. */
import { app, type Session } from 'electron';
import { contentSecurityPolicy, isAllowedRequestUrl, type RendererOrigin } from './trust';

export function applySessionPolicy(session: Session, origin: RendererOrigin): void {
  // Nothing the app does needs a browser permission (camera, notifications, ...).
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);

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
export function lockDownWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
