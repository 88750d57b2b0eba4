import type { WidgetLook } from '../../../utils/domain/widget-look.ts';
import type { LauncherLook } from '../loader/launcher.ts';

/** The parts of the look the launcher needs before the app loads (remembered per site). */
export function launcherLook(look: WidgetLook | undefined): LauncherLook {
  return {
    ...(look?.accent ? { accent: look.accent } : {}),
    ...(look?.position === 'left' ? { position: 'left' } : {}),
  };
}

/** The accent and the corner on the panel's container (its CSS reads `--accent`). */
export function paintPanel(container: HTMLElement, look: WidgetLook | undefined) {
  if (look?.accent) container.style.setProperty('--accent', look.accent);
  else container.style.removeProperty('--accent');
  container.dataset.position = look?.position ?? 'right';
}

/**
 * The panel's heading: the embed's data-title wins (it predates the Control Panel setting and a
 * site may set it per page), then the admin's title as they wrote it, then the catalogue's.
 */
export function panelTitle(dataTitle: string, look: WidgetLook | undefined, fallback: string) {
  return dataTitle || look?.title || fallback;
}

/**
 * The look as widgetStatus sent it, kept to what can be applied safely: texts, a `#rrggbb`
 * accent, a known corner. widgetStatus already dropped what fails the domain's checks (the
 * accent's contrast included), so the widget does not carry those checks and their sentences.
 */
export function receivedLook(raw: unknown): WidgetLook | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const { title, greeting, accent, position } = raw as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : undefined);
  const look: WidgetLook = {
    ...(text(title) ? { title: text(title) } : {}),
    ...(text(greeting) ? { greeting: text(greeting) } : {}),
    ...(typeof accent === 'string' && /^#[0-9a-f]{6}$/.test(accent) ? { accent } : {}),
    ...(position === 'left' || position === 'right' ? { position } : {}),
  };
  return Object.keys(look).length > 0 ? look : undefined;
}
