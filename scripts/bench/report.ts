/**
 * What every benchmark answers, and how `npm run bench` reports it: one row per metric with its
 * target, one table for the whole run, one JSON file per run (so two runs can be compared), and a
 * non-zero exit when a target is missed.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { summarize } from './stats.ts';

/** A bound the value must keep: at most `max`, at least `min`. */
export interface Target {
  max?: number;
  min?: number;
}

export interface Metric {
  name: string;
  value: number;
  unit: string;
  target?: Target;
  /** What the value alone does not say: the other percentiles, the sample size, a breakdown. */
  detail?: string;
}

/** A benchmark's answer: its metrics, and notes for what is not a number with a target. */
export interface BenchOutput {
  metrics: Metric[];
  notes?: string[];
}

export interface ResultRow extends Metric {
  bench: string;
  pass: boolean | null;
  /** The same metric in the previous run's file, when there is one. */
  previous?: number;
}

const round = (value: number) => (Number.isInteger(value) ? value : Number(value.toFixed(1)));

/** A sample of timings as one row: its p95 against the target, the rest in the detail. */
export function p95Metric(name: string, samples: number[], unit: string, target?: Target): Metric {
  const s = summarize(samples);
  return {
    name: `${name}, p95`,
    value: round(s.p95),
    unit,
    ...(target ? { target } : {}),
    detail: `p50 ${round(s.p50)}, max ${round(s.max)}, n=${s.n}`,
  };
}

export function passes(metric: Metric): boolean | null {
  const { target, value } = metric;
  if (!target) return null;
  if (!Number.isFinite(value)) return false;
  if (target.max !== undefined && value > target.max) return false;
  if (target.min !== undefined && value < target.min) return false;
  return true;
}

function formatTarget(target: Target | undefined, unit: string): string {
  if (!target) return '—';
  const parts = [];
  if (target.min !== undefined) parts.push(`≥ ${target.min}`);
  if (target.max !== undefined) parts.push(`≤ ${target.max}`);
  return `${parts.join(', ')} ${unit}`.trim();
}

/** The run as a plain-text table, widest cell per column. */
export function formatTable(rows: ResultRow[]): string {
  const header = ['benchmark', 'metric', 'value', 'target', 'result', 'previous', 'detail'];
  const cells = rows.map((row) => [
    row.bench,
    row.name,
    `${round(row.value)} ${row.unit}`.trim(),
    formatTarget(row.target, row.unit),
    row.pass === null ? '—' : row.pass ? 'pass' : 'FAIL',
    row.previous === undefined ? '' : String(round(row.previous)),
    row.detail ?? '',
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((line) => line[column]!.length)),
  );
  const line = (values: string[]) =>
    values
      .map((value, column) => value.padEnd(widths[column]!))
      .join(' │ ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...cells.map(line)].join(
    '\n',
  );
}

const key = (row: Pick<ResultRow, 'bench' | 'name'>) => `${row.bench}\u0000${row.name}`;

/** The newest earlier run's values by benchmark and metric, or nothing on a first run. */
export function previousValues(dir: string): Map<string, number> {
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((file) => file.endsWith('.json'));
  } catch {
    return new Map();
  }
  const newest = files.sort().at(-1);
  if (!newest) return new Map();
  const run = JSON.parse(readFileSync(path.join(dir, newest), 'utf8')) as { rows: ResultRow[] };
  return new Map(run.rows.map((row) => [key(row), row.value]));
}

export function resultRows(
  bench: string,
  output: BenchOutput,
  previous: Map<string, number>,
): ResultRow[] {
  return output.metrics.map((metric) => {
    const earlier = previous.get(key({ bench, name: metric.name }));
    return {
      bench,
      ...metric,
      pass: passes(metric),
      ...(earlier === undefined ? {} : { previous: earlier }),
    };
  });
}

/** Writes the run next to the earlier ones; the name sorts by time. */
export function writeRun(dir: string, rows: ResultRow[], failures: string[]): string {
  mkdirSync(dir, { recursive: true });
  const at = new Date();
  const file = path.join(dir, `${at.toISOString().replaceAll(':', '-')}.json`);
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    loadAverage: os.loadavg().map(round),
    node: process.version,
  };
  writeFileSync(file, `${JSON.stringify({ at, machine, rows, failures }, null, 2)}\n`);
  return file;
}
