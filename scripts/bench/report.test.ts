import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatTable, p95Metric, passes, previousValues, resultRows, writeRun } from './report.ts';

describe('passes', () => {
  it('holds a value to its bounds, inclusive', () => {
    expect(passes({ name: 'm', value: 100, unit: 'ms', target: { max: 100 } })).toBe(true);
    expect(passes({ name: 'm', value: 101, unit: 'ms', target: { max: 100 } })).toBe(false);
    expect(passes({ name: 'm', value: 199, unit: '', target: { min: 200 } })).toBe(false);
    expect(passes({ name: 'm', value: 5, unit: '', target: { min: 1, max: 9 } })).toBe(true);
  });

  it('has no verdict without a target, and fails a value that is not a number', () => {
    expect(passes({ name: 'm', value: 3, unit: 'ms' })).toBeNull();
    expect(passes({ name: 'm', value: Number.NaN, unit: 'ms', target: { max: 1 } })).toBe(false);
  });
});

describe('p95Metric', () => {
  it('reports the p95 as the value and the rest as detail', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(p95Metric('round trip', samples, 'ms', { max: 150 })).toEqual({
      name: 'round trip, p95',
      value: 96,
      unit: 'ms',
      target: { max: 150 },
      detail: 'p50 51, max 100, n=100',
    });
  });
});

describe('a run on disk', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('writes the rows and reads them back as the previous run, by benchmark and metric', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'parley-bench-report-'));
    dirs.push(dir);
    expect(previousValues(dir).size).toBe(0);
    const first = resultRows(
      'widget size',
      { metrics: [{ name: 'loader', value: 1.3, unit: 'KB', target: { max: 5 } }] },
      new Map(),
    );
    const file = writeRun(dir, first, []);
    expect(JSON.parse(readFileSync(file, 'utf8')).rows[0]).toMatchObject({
      bench: 'widget size',
      name: 'loader',
      pass: true,
    });
    const second = resultRows(
      'widget size',
      { metrics: [{ name: 'loader', value: 6, unit: 'KB', target: { max: 5 } }] },
      previousValues(dir),
    );
    expect(second[0]).toMatchObject({ pass: false, previous: 1.3 });
    const table = formatTable(second).split('\n');
    expect(table[0]).toMatch(/^benchmark +│ metric +│ value +│ target +│ result +│ previous/);
    expect(table[2]).toContain('FAIL');
    expect(table[2]).toContain('≤ 5 KB');
  });
});
