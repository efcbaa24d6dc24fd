/** Paint code measures only the start of a long text, and never cuts an emoji in half. */
import { describe, expect, it } from 'vitest';
import { startOf } from '../../../renderer/board/paint/splitLine';

describe('startOf', () => {
  it('keeps a short text whole and cuts a long one', () => {
    expect(startOf('Awareness', 60)).toBe('Awareness');
    expect(startOf('x'.repeat(5000), 60)).toHaveLength(60);
  });

  it('drops the high half of an emoji cut at the end', () => {
    const text = `${'a'.repeat(59)}😀 and more`;
    expect(startOf(text, 60)).toBe('a'.repeat(59));
    expect(startOf(text, 61)).toBe(`${'a'.repeat(59)}😀`);
  });
});
