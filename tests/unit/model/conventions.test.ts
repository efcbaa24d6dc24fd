import { describe, expect, it } from 'vitest';
import { takesNewNotes } from '../../../renderer/model/conventions';

describe('which lanes take new notes', () => {
  it('note lanes do; collapsed lanes, emotion curves and touchpoint lanes do not', () => {
    expect(takesNewNotes({ kind: 'pains', collapsed: false })).toBe(true);
    expect(takesNewNotes({ kind: 'backstage', collapsed: false })).toBe(true);
    expect(takesNewNotes({ kind: 'pains', collapsed: true })).toBe(false);
    expect(takesNewNotes({ kind: 'emotions', collapsed: false })).toBe(false);
    expect(takesNewNotes({ kind: 'touchpoints', collapsed: false })).toBe(false);
  });
});
