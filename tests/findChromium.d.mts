/** Types for findChromium.mjs (plain Node, so that `npm test` can run it before anything is transpiled). */
export declare const SYSTEM_CHROMIUM: string;
export declare const INSTALL_LINE: string;
export declare const PLAYWRIGHT_CHROMIUM: string | null;
export declare function findChromium(deps: {
  env: Record<string, string | undefined>;
  exists: (path: string) => boolean;
  playwrightPath: string | null;
}): string | null;
export declare function ensureChromium(deps: {
  find: () => string | null;
  install: () => boolean;
  log: (line: string) => void;
  fail: (line: string) => void;
}): number;
export declare function findInstalledChromium(): string | null;
