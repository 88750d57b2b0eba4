import { describe, expect, it } from 'vitest';
import { rowOffsets, visibleWindow } from './virtual-window.ts';

describe('virtual window', () => {
  const offsets = rowOffsets(1000, () => 50);

  it('adds heights into offsets', () => {
    expect(rowOffsets(3, (i) => [10, 20, 30][i]!)).toEqual([0, 10, 30, 60]);
  });

  it('renders the viewport plus overscan only', () => {
    expect(visibleWindow(offsets, 0, 500, 100)).toEqual({ start: 0, end: 13 });
    expect(visibleWindow(offsets, 25_000, 500, 100)).toEqual({ start: 498, end: 513 });
  });

  it('clamps at the end of the list', () => {
    expect(visibleWindow(offsets, 49_800, 500, 100).end).toBe(1000);
  });

  it('handles an empty list', () => {
    expect(
      visibleWindow(
        rowOffsets(0, () => 50),
        0,
        500,
      ),
    ).toEqual({ start: 0, end: 0 });
  });
});
