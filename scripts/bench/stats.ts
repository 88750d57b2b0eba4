/** Percentile summary of a list of samples (milliseconds), for the benchmark reports. */
export function summarize(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? Number.NaN;
  return {
    n: sorted.length,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: sorted.at(-1) ?? Number.NaN,
  };
}

export function formatSummary(label: string, samples: number[], unit = 'ms') {
  const s = summarize(samples);
  const f = (v: number) => `${Number.isInteger(v) ? v : v.toFixed(1)} ${unit}`;
  return `${label}: p50 ${f(s.p50)}, p95 ${f(s.p95)}, max ${f(s.max)} (n=${s.n})`;
}
