import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AUDIENCE_HASH } from '../../../electron/ipc-contract';
import {
  contentSecurityPolicy,
  isAllowedRequestUrl,
  isTrustedRendererUrl,
  type RendererOrigin,
} from '../../../electron/security/trust';

const rendererFolder = join('/opt', 'Journeyboard', 'resources', 'app.asar', 'out', 'renderer');
const built: RendererOrigin = { indexPath: join(rendererFolder, 'index.html'), devServerUrl: undefined };
const dev: RendererOrigin = { ...built, devServerUrl: 'http://localhost:5173/' };
const fileUrl = (...parts: string[]) => pathToFileURL(join(rendererFolder, ...parts)).href;

describe('isTrustedRendererUrl', () => {
  it('trusts only our built index.html in the packaged app', () => {
    expect(isTrustedRendererUrl(`${fileUrl('index.html')}#/board`, built)).toBe(true);
    // The audience window is the same file; which of the two windows it is, main tells by its web contents, not its URL.
    expect(isTrustedRendererUrl(`${fileUrl('index.html')}#${AUDIENCE_HASH}`, built)).toBe(true);
    expect(isTrustedRendererUrl(fileUrl('other.html'), built)).toBe(false);
    expect(isTrustedRendererUrl(pathToFileURL('/tmp/evil/index.html').href, built)).toBe(false);
    expect(isTrustedRendererUrl('http://localhost:5173/', built)).toBe(false);
    expect(isTrustedRendererUrl('not a url', built)).toBe(false);
  });

  it.skipIf(process.platform === 'win32')('recognises our index.html however its URL is encoded', () => {
    const origin: RendererOrigin = { indexPath: '/home/zoë/Journey board/out/renderer/index.html', devServerUrl: undefined };
    expect(isTrustedRendererUrl('file:///home/zo%C3%AB/Journey%20board/out/renderer/index.html', origin)).toBe(true);
  });

  it('trusts only the dev server while developing', () => {
    expect(isTrustedRendererUrl('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isTrustedRendererUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isTrustedRendererUrl(fileUrl('index.html'), dev)).toBe(false);
  });
});

describe('isAllowedRequestUrl', () => {
  it('allows our own files and inline data', () => {
    expect(isAllowedRequestUrl(fileUrl('assets', 'index-abc.js'), built)).toBe(true);
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA', built)).toBe(true);
    expect(isAllowedRequestUrl('devtools://devtools/bundled/inspector.html', built)).toBe(true);
  });

  it('blocks the network and files outside the app', () => {
    expect(isAllowedRequestUrl('https://fonts.googleapis.com/css?family=Noto', built)).toBe(false);
    expect(isAllowedRequestUrl('http://localhost:5173/src/main.tsx', built)).toBe(false);
    expect(isAllowedRequestUrl(pathToFileURL('/home/ana/.ssh/id_rsa').href, built)).toBe(false);
    expect(isAllowedRequestUrl(`${fileUrl('assets')}/../../../../secret.txt`, built)).toBe(false);
    expect(isAllowedRequestUrl('file://fileserver/share/map.cjm', built)).toBe(false);
  });

  it('allows the dev server and its hot-reload socket only while developing', () => {
    expect(isAllowedRequestUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAllowedRequestUrl('ws://localhost:5173/', dev)).toBe(true);
    expect(isAllowedRequestUrl('http://example.com/', dev)).toBe(false);
  });
});

describe('contentSecurityPolicy', () => {
  it('is strict in the built app: nothing inline, no connections', () => {
    expect(contentSecurityPolicy(built)).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
        "frame-ancestors 'none'",
    );
  });

  it('matches the index.html meta tag (which cannot carry frame-ancestors)', () => {
    const html = readFileSync(new URL('../../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(contentSecurityPolicy(built).replace("; frame-ancestors 'none'", ''));
  });

  it('still forbids other origins while developing', () => {
    expect(contentSecurityPolicy(dev)).toContain("connect-src 'self' ws://localhost:5173");
    expect(contentSecurityPolicy(dev)).toContain("object-src 'none'");
  });
});
