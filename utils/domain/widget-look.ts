/**
 * The widget's look as an admin sets it in the Control Panel (Widget install): the panel's
 * title, the welcome screen's lead text (greeting), the accent colour and the corner it sits in.
 * Stored on the workspace (`widgetLook`, ADR 011) because widgetStatus reads that document
 * anyway; firestore.rules checks the shape, this module also checks the colour's contrast,
 * which rules can't compute. Unset parts mean the widget's own defaults (and the catalogue's
 * words in the visitor's language).
 */

import type { Problem } from './problems.ts';
import { isBlank, normalizeMultiline, normalizeSingleLine, textSize } from './text.ts';
import type { Validation } from './validation.ts';

export const WIDGET_POSITIONS = ['right', 'left'] as const;
export type WidgetPosition = (typeof WIDGET_POSITIONS)[number];

export interface WidgetLook {
  title?: string;
  greeting?: string;
  /** `#rrggbb`, lower case; white text on it has at least MIN_ACCENT_CONTRAST. */
  accent?: string;
  position?: WidgetPosition;
}

/** Sizes as firestore.rules counts them; keep the rules (validWidgetLook) in step. */
export const WIDGET_LOOK_LIMITS = { title: 60, greeting: 300 } as const;

/** The widget's own blue, used when no accent is set. */
export const DEFAULT_ACCENT = '#3559e0';
export const DEFAULT_POSITION: WidgetPosition = 'right';

/** WCAG 2 AA for normal text: the widget writes white text on its accent colour. */
export const MIN_ACCENT_CONTRAST = 4.5;

const HEX_COLOUR = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i;

/** `#abc`, `abc`, `#AABBCC` → `#aabbcc`; null when it is not a hex colour. */
export function normalizeHexColour(input: string): string | null {
  const match = HEX_COLOUR.exec(input.trim());
  if (!match) return null;
  const hex = match[1]!.toLowerCase();
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return `#${full}`;
}

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const channel = (offset: number) => {
    const value = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** The contrast of the widget's white text on an accent colour. */
export const accentContrast = (accent: string) => contrastRatio(accent, '#ffffff');

export type WidgetLookField = keyof WidgetLook;

export type WidgetLookValidation =
  | { ok: true; value: WidgetLook }
  | { ok: false; field: WidgetLookField; message: string; problem: Problem };

function optionalText(
  input: unknown,
  field: 'widgetTitle' | 'widgetGreeting',
  label: string,
  max: number,
  multiline: boolean,
): Validation<string | null> {
  if (input === undefined || input === null) return { ok: true, value: null };
  if (typeof input !== 'string')
    return { ok: false, message: `${label} must be text.`, problem: { kind: 'not-text', field } };
  const value = multiline ? normalizeMultiline(input).trim() : normalizeSingleLine(input);
  if (isBlank(value)) return { ok: true, value: null };
  const length = textSize(value);
  if (length > max)
    return {
      ok: false,
      message: `${label} can be at most ${max} characters (it has ${length}).`,
      problem: { kind: 'too-long', field, max, length },
    };
  return { ok: true, value };
}

/**
 * The look as typed in the Control Panel: texts trimmed (empty = the default), the colour
 * normalised and refused below MIN_ACCENT_CONTRAST, the position one of WIDGET_POSITIONS.
 * Returns the first problem with the field it belongs to.
 */
export function validateWidgetLook(input: {
  title?: unknown;
  greeting?: unknown;
  accent?: unknown;
  position?: unknown;
}): WidgetLookValidation {
  const look: WidgetLook = {};
  const title = optionalText(
    input.title,
    'widgetTitle',
    'The title',
    WIDGET_LOOK_LIMITS.title,
    false,
  );
  if (!title.ok) return { ...title, field: 'title' };
  if (title.value) look.title = title.value;
  const greeting = optionalText(
    input.greeting,
    'widgetGreeting',
    'The greeting',
    WIDGET_LOOK_LIMITS.greeting,
    true,
  );
  if (!greeting.ok) return { ...greeting, field: 'greeting' };
  if (greeting.value) look.greeting = greeting.value;
  if (typeof input.accent === 'string' && input.accent.trim() !== '') {
    const accent = normalizeHexColour(input.accent);
    if (!accent)
      return {
        ok: false,
        field: 'accent',
        message: 'The accent colour must be a hex colour such as #3559e0.',
        problem: { kind: 'not-a-colour', field: 'widgetAccent' },
      };
    const ratio = accentContrast(accent);
    if (ratio < MIN_ACCENT_CONTRAST)
      return {
        ok: false,
        field: 'accent',
        message: `White text on ${accent} has a contrast of ${ratio.toFixed(2)}:1; choose a darker colour (at least ${MIN_ACCENT_CONTRAST}:1).`,
        problem: {
          kind: 'low-contrast',
          colour: accent,
          ratio: ratio.toFixed(2),
          min: MIN_ACCENT_CONTRAST,
        },
      };
    look.accent = accent;
  } else if (input.accent !== undefined && input.accent !== null && input.accent !== '') {
    return {
      ok: false,
      field: 'accent',
      message: 'The accent colour must be a hex colour such as #3559e0.',
      problem: { kind: 'not-a-colour', field: 'widgetAccent' },
    };
  }
  if (input.position !== undefined && input.position !== null && input.position !== '') {
    if (!WIDGET_POSITIONS.includes(input.position as WidgetPosition))
      return {
        ok: false,
        field: 'position',
        message: 'The position must be right or left.',
        problem: { kind: 'not-a-position' },
      };
    look.position = input.position as WidgetPosition;
  }
  return { ok: true, value: look };
}

/**
 * What the widget may apply of a stored or received look: each part that is valid, the rest
 * left to the defaults (a document written around the Control Panel, or an old cache, can't
 * give visitors an unreadable button).
 */
export function widgetLookFrom(raw: unknown): WidgetLook {
  if (!raw || typeof raw !== 'object') return {};
  const record = raw as Record<string, unknown>;
  const look: WidgetLook = {};
  for (const field of ['title', 'greeting', 'accent', 'position'] as const) {
    const single = validateWidgetLook({ [field]: record[field] });
    if (single.ok && single.value[field] !== undefined)
      Object.assign(look, { [field]: single.value[field] });
  }
  return look;
}
