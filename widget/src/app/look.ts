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
