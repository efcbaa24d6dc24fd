import { join } from 'node:path';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { createPreferenceStore } from '../../../electron/preferences/keyValuePreferenceStore';
import { restoreWindowPlacement, type Rect } from '../../../electron/preferences/preferences';
import { confPreferences } from './fakes';
import { useTempFolder } from './tempFolder';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 900 };
const projectorOnTheRight: Rect = { x: 1440, y: 0, width: 1920, height: 1080 };
const fallback = { width: 1280, height: 800 };

describe('restoreWindowPlacement', () => {
  it('restores the window where it was on a display that is still there', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 800 };
    expect(restoreWindowPlacement(saved, [laptop, projectorOnTheRight], fallback)).toEqual(saved);
  });

  it('centres the window when the projector it was on is unplugged', () => {
    const saved = { x: 1600, y: 100, width: 1800, height: 1000 };
    expect(restoreWindowPlacement(saved, [laptop], fallback)).toEqual({ width: 1440, height: 900 });
  });

  it('restores a window hanging off the edge while its title bar can still be grabbed', () => {
    const saved = { x: -600, y: 50, width: 800, height: 600 };
    expect(restoreWindowPlacement(saved, [laptop], fallback)).toEqual(saved);
  });

  it('does not restore a window whose title bar is above the top of every display', () => {
    const saved = { x: 100, y: -500, width: 800, height: 600 };
    expect(restoreWindowPlacement(saved, [laptop], fallback)).toEqual({ width: 800, height: 600 });
  });

  it('uses the default size, shrunk to fit, when nothing was saved', () => {
    const small: Rect = { x: 0, y: 0, width: 1024, height: 600 };
    expect(restoreWindowPlacement(null, [small], fallback)).toEqual({ width: 1024, height: 600 });
  });
});

describe('preference store over conf', () => {
  const folder = useTempFolder();

  it('remembers values across restarts', () => {
    const bounds = { x: 10, y: 20, width: 900, height: 700 };
    const first = confPreferences(folder.path);
    first.set('windowBounds', bounds);
    first.set('lastFolder', '/home/ana/maps');

    const afterRestart = confPreferences(folder.path);
    expect(afterRestart.get('windowBounds')).toEqual(bounds);
    expect(afterRestart.get('lastFolder')).toBe('/home/ana/maps');
    expect(afterRestart.get('windowMaximized')).toBe(false);
  });

  it('falls back to defaults for values a user or another version garbled', () => {
    const raw = new Conf<Record<string, unknown>>({ cwd: join(folder.path), configName: 'preferences' });
    raw.set('windowBounds', { x: 'left', y: 0, width: 10, height: 10 });
    raw.set('lastFolder', 42);

    const store = createPreferenceStore(raw);
    expect(store.get('windowBounds')).toBeNull();
    expect(store.get('lastFolder')).toBeNull();
  });
});
