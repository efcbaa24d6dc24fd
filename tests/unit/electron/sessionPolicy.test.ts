/**
 * The session policy against a recording stand-in for Electron's Session:
 * the spell checker is off and pointed at nothing, and every request that
 * could leave the laptop (the dictionary download included) is cancelled.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applySessionPolicy, DICTIONARY_DOWNLOAD_URL, lockDownWebContents, type PolicySession } from '../../../electron/security/sessionPolicy';
import { contentSecurityPolicy, type RendererOrigin } from '../../../electron/security/trust';

const rendererFolder = join('/opt', 'Journeyboard', 'resources', 'app.asar', 'out', 'renderer');
const origin: RendererOrigin = { indexPath: join(rendererFolder, 'index.html'), devServerUrl: undefined };

type RequestListener = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;
type HeadersListener = (details: { responseHeaders?: Record<string, string[]> }, callback: (response: { responseHeaders?: Record<string, string[]> }) => void) => void;

/** Records every call the policy makes, and lets the test send requests through the installed listeners. */
function recordingSession() {
  const calls: string[] = [];
  let beforeRequest: RequestListener | null = null;
  let headersReceived: HeadersListener | null = null;
  let permissionRequest: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
  let permissionCheck: ((...args: unknown[]) => boolean) | null = null;
  const session = {
    setPermissionRequestHandler: (handler: typeof permissionRequest) => void (permissionRequest = handler),
    setPermissionCheckHandler: (handler: typeof permissionCheck) => void (permissionCheck = handler),
    setSpellCheckerEnabled: (enabled: boolean) => void calls.push(`spellCheckerEnabled=${enabled}`),
    setSpellCheckerDictionaryDownloadURL: (url: string) => void calls.push(`dictionaryUrl=${url}`),
    webRequest: {
      onBeforeRequest: (listener: RequestListener) => void (beforeRequest = listener),
      onHeadersReceived: (listener: HeadersListener) => void (headersReceived = listener),
    },
  };
  return {
    session: session as unknown as PolicySession,
    calls,
    /** Whether the request would go out: the listener's answer. */
    request(url: string): boolean {
      let cancelled: boolean | undefined;
      beforeRequest!({ url }, (response) => (cancelled = response.cancel));
      if (cancelled === undefined) throw new Error('the request listener did not answer');
      return !cancelled;
    },
    headersFor(responseHeaders: Record<string, string[]>) {
      let result: Record<string, string[]> | undefined;
      headersReceived!({ responseHeaders }, (response) => (result = response.responseHeaders));
      return result;
    },
    permission(name: string): boolean {
      let granted: boolean | undefined;
      permissionRequest!({}, name, (answer) => (granted = answer));
      return granted === true || permissionCheck!({}, name) === true;
    },
  };
}

describe('applySessionPolicy', () => {
  it('turns the spell checker off and points its dictionary download at a loopback port that answers nothing', () => {
    const recorded = recordingSession();
    applySessionPolicy(recorded.session, origin);
    expect(recorded.calls).toEqual(['spellCheckerEnabled=false', `dictionaryUrl=${DICTIONARY_DOWNLOAD_URL}`]);
    const url = new URL(DICTIONARY_DOWNLOAD_URL);
    // An IP literal: not even a DNS query leaves the machine.
    expect(url.hostname).toBe('127.0.0.1');
    expect(url.pathname.endsWith('/')).toBe(true);
  });

  const cancelled = [
    // Where Chromium fetches Hunspell dictionaries by default, and where it would with our URL.
    'https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic',
    `${DICTIONARY_DOWNLOAD_URL}pl-pl-3-0.bdic`,
    'https://clients2.google.com/service/update2/crx',
    'https://fonts.googleapis.com/css2?family=Noto+Sans',
    'http://localhost:5173/',
    'ws://127.0.0.1:9/',
    'wss://example.com/socket',
    'ftp://example.com/file',
    'file:///etc/passwd',
    `${pathToFileURL(join(rendererFolder, '..', 'main', 'main.js')).href}`,
    'file://fileserver/share/map.cjm',
    'chrome-extension://abc/background.js',
  ];
  const ours = [
    pathToFileURL(origin.indexPath).href,
    pathToFileURL(join(rendererFolder, 'assets', 'index-abc.js')).href,
    'data:image/png;base64,iVBORw0KGgo=',
    'blob:file:///0b1c-44',
  ];
  it.each([...cancelled.map((url) => [url, false] as const), ...ours.map((url) => [url, true] as const)])('%s may load: %s', (url, allowed) => {
    const recorded = recordingSession();
    applySessionPolicy(recorded.session, origin);
    expect(recorded.request(url)).toBe(allowed);
  });

  it('adds the strict CSP to every response and denies every permission', () => {
    const recorded = recordingSession();
    applySessionPolicy(recorded.session, origin);
    expect(recorded.headersFor({ 'Content-Type': ['text/html'] })).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [contentSecurityPolicy(origin)],
    });
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read']) expect(recorded.permission(permission)).toBe(false);
  });
});

describe('lockDownWebContents', () => {
  it('blocks navigation, redirects, webviews and new windows in every web contents', () => {
    const appListeners = new Map<string, (event: unknown, contents: unknown) => void>();
    lockDownWebContents({ on: (name: string, listener: (event: unknown, contents: unknown) => void) => appListeners.set(name, listener) } as never);
    const contentsListeners = new Map<string, (event: { preventDefault(): void }) => void>();
    let openHandler: (() => { action: string }) | null = null;
    appListeners.get('web-contents-created')!({}, {
      on: (name: string, listener: (event: { preventDefault(): void }) => void) => contentsListeners.set(name, listener),
      setWindowOpenHandler: (handler: () => { action: string }) => (openHandler = handler),
    });
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      let prevented = false;
      contentsListeners.get(name)!({ preventDefault: () => (prevented = true) });
      expect(prevented, name).toBe(true);
    }
    expect(openHandler!()).toEqual({ action: 'deny' });
  });
});
