/**
 * The widget's size budgets as a test, on the build the browser tests use (tests/setup/stack.ts
 * builds widget/dist): what every visitor of every customer site downloads.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FULL_BUDGET, LOADER_BUDGET, measureWidgetSize } from '../../scripts/bench/widget-size.ts';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('the widget build', () => {
  it('keeps the loader under 5 KB and the whole widget under 177 KB gzipped', async () => {
    const sizes = await measureWidgetSize(path.join(rootDir, 'widget/dist'));
    expect(sizes.loaderProblems).toEqual([]);
    expect(sizes.chunks.length).toBeGreaterThan(0);
    expect(sizes.loader.gzip).toBeLessThanOrEqual(LOADER_BUDGET);
    expect(sizes.fullGzip).toBeLessThanOrEqual(FULL_BUDGET);
  });
});
