/**
 * Which slice of a long message list to render. Beyond VIRTUALIZE_AFTER messages the chat view
 * renders only what is in (or near) the viewport, so 500-message conversations in 20 tabs stay
 * smooth and light; heights are measured as rows render and estimated until then.
 */
export const VIRTUALIZE_AFTER = 300;
export const ESTIMATED_ROW_HEIGHT = 56;
export const OVERSCAN_PX = 600;

/** offsets[i] = top of row i; offsets[n] = total height. */
export function rowOffsets(count: number, heightOf: (index: number) => number): number[] {
  const offsets = new Array<number>(count + 1);
  offsets[0] = 0;
  for (let i = 0; i < count; i++) offsets[i + 1] = offsets[i]! + heightOf(i);
  return offsets;
}

/** First row whose bottom is below `y` (binary search over the offsets). */
function rowAt(offsets: readonly number[], y: number): number {
  let low = 0;
  let high = offsets.length - 2;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (offsets[mid + 1]! <= y) low = mid + 1;
    else high = mid;
  }
  return Math.max(0, low);
}

/** The rows [start, end) to render for this scroll position. */
export function visibleWindow(
  offsets: readonly number[],
  scrollTop: number,
  viewportHeight: number,
  overscan = OVERSCAN_PX,
): { start: number; end: number } {
  const count = offsets.length - 1;
  if (count <= 0) return { start: 0, end: 0 };
  const start = rowAt(offsets, Math.max(0, scrollTop - overscan));
  const end = Math.min(count, rowAt(offsets, scrollTop + viewportHeight + overscan) + 1);
  return { start, end: Math.max(end, start + 1) };
}
