import { describe, expect, it } from 'vitest';
import { evalExpr as ev } from '../test-support.ts';

describe('Duration', () => {
  it('builds durations from every unit', () => {
    expect(ev("duration.value(1, 'w') == duration.value(7, 'd')")).toBe(true);
    expect(ev("duration.value(1, 'd') == duration.value(24, 'h')")).toBe(true);
    expect(ev("duration.value(1, 'h') == duration.value(60, 'm')")).toBe(true);
    expect(ev("duration.value(1, 'm') == duration.value(60, 's')")).toBe(true);
    expect(ev("duration.value(1, 's') == duration.value(1000, 'ms')")).toBe(true);
    expect(ev("duration.value(1, 'ms') == duration.value(1000000, 'ns')")).toBe(true);
    expect(ev("duration.value(1.5, 's') == duration.value(1500, 'ms')")).toBe(true);
    expect(() => ev("duration.value(1, 'y')")).toThrow(/unknown unit/);
  });

  it('seconds() and nanos() are signed parts', () => {
    expect(ev("duration.value(1500, 'ms').seconds()")).toBe(1n);
    expect(ev("duration.value(1500, 'ms').nanos()")).toBe(500000000n);
    expect(ev("duration.value(-1500, 'ms').seconds()")).toBe(-1n);
    expect(ev("duration.value(-1500, 'ms').nanos()")).toBe(-500000000n);
  });

  it('abs, time, arithmetic and comparison', () => {
    expect(ev("duration.abs(duration.value(-2, 's')) == duration.value(2, 's')")).toBe(true);
    expect(ev("duration.time(1, 2, 3, 4) == duration.value(3723000000004, 'ns')")).toBe(true);
    expect(ev("duration.value(1, 's') + duration.value(1, 's') == duration.value(2, 's')")).toBe(
      true,
    );
    expect(ev("duration.value(3, 's') - duration.value(1, 's') > duration.value(1, 's')")).toBe(
      true,
    );
    expect(ev("-duration.value(1, 's') < duration.value(0, 's')")).toBe(true);
  });
});
