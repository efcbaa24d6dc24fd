/**
 * Which URLs the app trusts, as pure functions so they are tested without
 * Electron. The renderer is either our built index.html (file://) or, in
 * development, the electron-vite dev server; nothing else may talk to the main
 * process or be fetched.
 */
import { fileURLToPath } from 'node:url';
import { dirname, isAbsolute, relative, resolve } from 'node:path';

export interface RendererOrigin {
  /** Absolute path of the built out/renderer/index.html. */
  readonly indexPath: string;
  /** ELECTRON_RENDERER_URL in development, otherwise undefined. */
  readonly devServerUrl: string | undefined;
}

/**
 * No 'unsafe-inline' anywhere: React sets `style` props through the CSSOM,
 * which style-src does not govern, and the built app injects no <style>
 * element or style attribute (tests/e2e/csp.spec.ts watches for violations).
 */
const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The dev server needs React Refresh's inline preamble, the <style> elements
 * Vite injects for CSS and the HMR socket; the built app gets the strict policy
 * that the index.html meta tag also sets.
 */
export function contentSecurityPolicy(origin: RendererOrigin): string {
  if (!origin.devServerUrl) return STRICT_CSP;
  const server = new URL(origin.devServerUrl);
  return STRICT_CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
    .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
    .replace("connect-src 'none'", `connect-src 'self' ws://${server.host}`);
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

function filePathOf(url: URL): string | null {
  try {
    return fileURLToPath(url);
  } catch {
    // A file URL with a remote host (a network share) is not one of ours.
    return null;
  }
}

function isInsideRendererFolder(url: URL, origin: RendererOrigin): boolean {
  const path = filePathOf(url);
  return path !== null && isInside(dirname(origin.indexPath), path);
}

/** May a frame at `url` call the main process? */
export function isTrustedRendererUrl(url: string, origin: RendererOrigin): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (origin.devServerUrl) return parsed.origin === new URL(origin.devServerUrl).origin;
  // Paths, not URL spellings, are compared: Chromium and Node percent-encode differently.
  return parsed.protocol === 'file:' && filePathOf(parsed) === resolve(origin.indexPath);
}

/** May the renderer load `url`? Only our own files and inline data; no network at all. */
export function isAllowedRequestUrl(url: string, origin: RendererOrigin): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  switch (parsed.protocol) {
    case 'devtools:':
    case 'data:':
    case 'blob:':
      return true;
    case 'file:':
      return isInsideRendererFolder(parsed, origin);
    case 'http:':
    case 'ws:':
      return origin.devServerUrl !== undefined && parsed.host === new URL(origin.devServerUrl).host;
    default:
      return false;
  }
}
