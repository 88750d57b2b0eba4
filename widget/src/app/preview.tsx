import { render } from 'preact';
import type { WidgetLook } from '../../../utils/domain/widget-look.ts';
import { createSessionStore } from '../data/session.ts';
import type { WidgetBackend } from '../data/types.ts';
import { t } from '../i18n/index.ts';
import { LAUNCHER_CSS, LAUNCHER_ICON, LAUNCHER_WORDS, paintLauncher } from '../loader/launcher.ts';
import { WidgetController } from './controller.ts';
import { launcherLook, paintPanel, panelTitle } from './look.ts';
import { Panel } from './panel.tsx';
import { WIDGET_CSS } from './styles.ts';

/** The preview's stage: a page-sized box the launcher and the open panel sit in, as on a site. */
const STAGE_CSS = `.stage{position:relative;height:700px;overflow:hidden;border-radius:10px;background:repeating-linear-gradient(135deg,#f4f5f8 0 12px,#eceef3 12px 24px)}
.corner{position:absolute;bottom:20px;right:20px}
.corner[data-position=left]{right:auto;left:20px}`;

/** A preview shows a screen but never calls anything. */
const previewOnly = () => Promise.reject(new Error('This is a preview.'));
const PREVIEW_BACKEND: WidgetBackend = {
  visitorUid: previewOnly,
  widgetStatus: previewOnly,
  startChat: previewOnly,
  submitOfflineMessage: previewOnly,
  watchChat: () => () => {},
  watchMessages: () => () => {},
  watchQueue: () => () => {},
  advanceOffer: previewOnly,
  watchOperatorTyping: () => () => {},
  sendTyping: previewOnly,
  saveVisit: previewOnly,
  sendMessage: previewOnly,
  endChat: previewOnly,
  rateChat: previewOnly,
  emailTranscript: previewOnly,
};

export interface WidgetPreview {
  show(look: WidgetLook): void;
  unmount(): void;
}

/**
 * The widget as a visitor sees it with `look`, for the Control Panel (Widget install): the real
 * launcher and Panel with its welcome screen, in a shadow root with the widget's own styles, so
 * the preview can't drift from the widget. Inert: it is a picture, not a second form.
 */
export function mountWidgetPreview(element: HTMLElement): WidgetPreview {
  element.inert = true;
  const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  const stage = document.createElement('div');
  stage.className = 'stage';
  const corner = document.createElement('div');
  corner.className = 'corner';
  const container = document.createElement('div');
  container.className = 'root';
  container.lang = 'en';
  const launcher = document.createElement('button');
  launcher.type = 'button';
  launcher.className = 'launcher';
  const [text] = LAUNCHER_WORDS.en;
  launcher.innerHTML = `${LAUNCHER_ICON}<span>${text}</span>`;
  corner.append(container, launcher);
  stage.append(corner);
  shadow.replaceChildren(stage);
  adoptStyles(shadow, `${LAUNCHER_CSS}\n${WIDGET_CSS}\n${STAGE_CSS}`);

  const controller = new WidgetController(
    PREVIEW_BACKEND,
    createSessionStore('preview', null),
    () => ({
      pageUrl: 'about:blank',
    }),
  );
  return {
    show(look) {
      controller.status.value = { available: true, routingMode: 'all', departments: [], look };
      controller.screen.value = { kind: 'welcome' };
      paintPanel(container, look);
      // The launcher's corner is the stage's corner here, not the page's.
      paintLauncher(document.createElement('span'), launcher, launcherLook(look));
      corner.dataset.position = look.position ?? 'right';
      render(
        <div class="panel-wrap">
          <Panel
            controller={controller}
            title={panelTitle('', look, t().title)}
            onClose={() => {}}
          />
        </div>,
        container,
      );
    },
    unmount() {
      render(null, container);
    },
  };
}

/** Constructable style sheets pass extension pages' CSP (no inline <style>); else a <style>. */
function adoptStyles(shadow: ShadowRoot, css: string) {
  if ('adoptedStyleSheets' in shadow && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
    return;
  }
  const style = document.createElement('style');
  style.textContent = css;
  shadow.append(style);
}
