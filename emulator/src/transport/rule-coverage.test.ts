import { describe, expect, it } from 'vitest';
import type { AllowCoverage } from '../core/api.ts';
import { coverageHtml, coverageJson } from './rule-coverage.ts';

const entry = (granted: number, denied: number, errors = 0): AllowCoverage => ({
  sourcePosition: { line: 4, column: 7 },
  allow: 'allow read',
  match: '/databases/{database}/documents/a<b>/{id}',
  granted,
  denied,
  errors,
});

describe('rule coverage rendering', () => {
  it('adds the boolean outcome counts in the shape Google reports them', () => {
    expect(coverageJson([entry(2, 0)]).report[0]!.values).toEqual([
      { value: { boolValue: true }, count: 2 },
    ]);
  });

  it('renders a table, escaping rule text, and says when no rules are loaded', () => {
    const html = coverageHtml('demo', [entry(1, 1), entry(0, 0)]);
    expect(html).toContain('1 of 2 allow statements evaluated');
    expect(html).toContain('a&lt;b&gt;');
    expect(html).toContain('<tr class="full">');
    expect(html).toContain('<tr class="never">');
    expect(coverageHtml('demo', null)).toContain('No rules are loaded');
  });
});
