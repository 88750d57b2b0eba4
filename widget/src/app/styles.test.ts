import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  DEFAULT_ACCENT,
  MIN_ACCENT_CONTRAST,
} from '../../../utils/domain/widget-look.ts';
import { LIGHT_BACKGROUNDS, SECONDARY_TEXT, WIDGET_CSS } from './styles.ts';

describe("the widget's colours", () => {
  it.each(LIGHT_BACKGROUNDS)('secondary text (timestamps) is at least 4.5:1 on %s', (bg) => {
    expect(contrastRatio(SECONDARY_TEXT, bg)).toBeGreaterThanOrEqual(MIN_ACCENT_CONTRAST);
  });

  it('draws timestamps, authors and hints in the checked grey', () => {
    for (const rule of ['.time', '.author', '.hint', '.panel-footer'])
      expect(WIDGET_CSS).toMatch(new RegExp(`\\n\\${rule}\\{[^}]*color:${SECONDARY_TEXT}`));
  });

  it("keeps the default accent's links readable on every light background", () => {
    for (const bg of LIGHT_BACKGROUNDS)
      expect(contrastRatio(DEFAULT_ACCENT, bg)).toBeGreaterThanOrEqual(MIN_ACCENT_CONTRAST);
  });
});
