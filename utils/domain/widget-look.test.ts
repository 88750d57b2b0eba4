import { describe, expect, it } from 'vitest';
import {
  accentContrast,
  contrastRatio,
  DEFAULT_ACCENT,
  MIN_ACCENT_CONTRAST,
  normalizeHexColour,
  validateWidgetLook,
  widgetLookFrom,
} from './widget-look.ts';

describe('contrastRatio (WCAG 2)', () => {
  it('gives 21:1 for black on white and 1:1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#3559e0', '#3559e0')).toBe(1);
  });
  it('matches published figures', () => {
    // #767676 is the lightest grey that passes AA on white (4.54:1).
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });
  it("finds the widget's own blue readable under white text", () =>
    expect(accentContrast(DEFAULT_ACCENT)).toBeGreaterThanOrEqual(MIN_ACCENT_CONTRAST));
});

describe('normalizeHexColour', () => {
  it('accepts #rrggbb, #rgb, with or without #, any case', () => {
    expect(normalizeHexColour('#AA3300')).toBe('#aa3300');
    expect(normalizeHexColour('a30')).toBe('#aa3300');
    expect(normalizeHexColour(' #0b6e4f ')).toBe('#0b6e4f');
  });
  it('refuses names and other notations', () => {
    expect(normalizeHexColour('red')).toBeNull();
    expect(normalizeHexColour('#12345')).toBeNull();
    expect(normalizeHexColour('rgb(0,0,0)')).toBeNull();
  });
});

describe('validateWidgetLook', () => {
  it('keeps what is set, trims, and leaves empty parts to the defaults', () => {
    expect(
      validateWidgetLook({
        title: '  Ask Acme ',
        greeting: ' We answer\nwithin minutes. ',
        accent: '#0B6E4F',
        position: 'left',
      }),
    ).toEqual({
      ok: true,
      value: {
        title: 'Ask Acme',
        greeting: 'We answer\nwithin minutes.',
        accent: '#0b6e4f',
        position: 'left',
      },
    });
    expect(validateWidgetLook({ title: ' ', greeting: '', accent: '', position: '' })).toEqual({
      ok: true,
      value: {},
    });
  });
  it('refuses an accent white text is hard to read on, saying the ratio', () => {
    const result = validateWidgetLook({ accent: '#ffcc00' });
    expect(result).toMatchObject({ ok: false, field: 'accent' });
    if (!result.ok) expect(result.message).toMatch(/contrast of 1\.\d\d:1.*4\.5:1/);
  });
  it('refuses what is not a hex colour, an unknown corner, overlong text', () => {
    expect(validateWidgetLook({ accent: 'blue' })).toMatchObject({ ok: false, field: 'accent' });
    expect(validateWidgetLook({ position: 'top' })).toMatchObject({ ok: false, field: 'position' });
    expect(validateWidgetLook({ title: 'x'.repeat(61) })).toMatchObject({
      ok: false,
      field: 'title',
    });
    expect(validateWidgetLook({ greeting: 'x'.repeat(301) })).toMatchObject({
      ok: false,
      field: 'greeting',
    });
  });
});

describe('widgetLookFrom', () => {
  it('keeps the valid parts of a stored look and drops the rest', () => {
    expect(widgetLookFrom({ title: 'Hi', accent: '#ffff00', position: 'top', extra: 1 })).toEqual({
      title: 'Hi',
    });
    expect(widgetLookFrom({ accent: '#0b6e4f', position: 'left' })).toEqual({
      accent: '#0b6e4f',
      position: 'left',
    });
    expect(widgetLookFrom(null)).toEqual({});
    expect(widgetLookFrom('#000')).toEqual({});
  });
});
