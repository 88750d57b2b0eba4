import { computed, effect, signal } from '@preact/signals';
import { render } from 'preact';
import { createFirebaseBackend } from '../data/firebase-backend.ts';
import { createSessionStore, siteStorage } from '../data/session.ts';
import type { WidgetBackend } from '../data/types.ts';
import { loadLanguage, t } from '../i18n/index.ts';
import { browserLanguages, directionOf, pickLanguage } from '../i18n/language.ts';
import { arrivalKey, paintLauncher } from '../loader/launcher.ts';
import { readConfig } from './config.ts';
import { WidgetController } from './controller.ts';
import { launcherLook, paintPanel, panelTitle } from './look.ts';
import { Panel } from './panel.tsx';
import { WIDGET_CSS } from './styles.ts';
import { browserEnvironment } from './visit.ts';

export interface MountOptions {
  shadow: ShadowRoot;
  launcher: HTMLButtonElement;
  /** The embedding script tag's data attributes (see config.ts). */
  dataset: Record<string, string>;
  /** True when the loader reopened the panel by itself (the visitor had it open on the last page). */
  reopened?: boolean;
  /** Tests pass an in-memory backend; the page gets Firebase. */
  backend?: WidgetBackend;
}

/**
 * Called by the loader after the first click: loads the visitor's language, renders the panel
 * into the loader's shadow root, takes over the launcher (it now toggles the panel) and opens
 * the panel.
 */
export async function mountWidget({ shadow, launcher, dataset, reopened, backend }: MountOptions) {
  const config = readConfig(dataset);
  const language = pickLanguage(config.lang, browserLanguages());
  await loadLanguage(language);
  const session = createSessionStore(config.workspaceId, siteStorage());
  const controller = new WidgetController(
    backend ?? createFirebaseBackend(config),
    session,
    () => ({
      pageUrl: location.href,
      ...(document.referrer ? { referrer: document.referrer } : {}),
    }),
    () => browserEnvironment(arrivalKey(config.workspaceId)),
  );

  const style = document.createElement('style');
  style.textContent = WIDGET_CSS;
  const container = document.createElement('div');
  container.className = 'root';
  container.lang = language;
  container.dir = directionOf(language);
  shadow.insertBefore(style, launcher);
  shadow.insertBefore(container, launcher);

  const open = signal(true);
  // Move the keyboard into the panel when the visitor opened it, and on later screen changes
  // while they are in it; never steal focus from the page on an automatic reopen.
  let wantFocus = !reopened;
  const focusFirst = () =>
    setTimeout(() => {
      const target = container.querySelector<HTMLElement>(
        '.panel-body input, .panel-body select, .panel-body textarea, .panel-body button',
      );
      if (!target) return;
      target.focus({ preventScroll: true });
      wantFocus = false;
    });
  const setOpen = (value: boolean) => {
    open.value = value;
    if (value) wantFocus = true;
  };
  launcher.addEventListener('click', () => setOpen(!open.value));

  // The admin's look arrives with widgetStatus: on the panel, the launcher and its corner, and
  // remembered for this site's next pages (ADR 011).
  effect(() => {
    const status = controller.status.value;
    if (!status) return;
    paintPanel(container, status.look);
    if (shadow.host instanceof HTMLElement) {
      paintLauncher(shadow.host, launcher, launcherLook(status.look));
    }
    session.rememberLook(launcherLook(status.look));
  });

  // Operator messages and notes that arrived while the panel was closed, shown on the launcher.
  let seen = 0;
  const unread = computed(() => {
    const count = controller.messages.value.filter((m) => m.from.kind !== 'visitor').length;
    if (open.value) seen = count;
    return Math.max(0, count - seen);
  });

  effect(() => {
    const isOpen = open.value;
    const waiting = unread.value;
    void controller.screen.value; // refocus on every screen change
    launcher.setAttribute('aria-expanded', String(isOpen));
    launcher.setAttribute(
      'aria-label',
      isOpen ? t().hideChat : waiting ? t().openChatUnread(waiting) : t().openChat,
    );
    if (waiting && !isOpen) launcher.setAttribute('data-unread', String(waiting));
    else launcher.removeAttribute('data-unread');
    launcher.removeAttribute('aria-busy');
    session.setOpen(isOpen);
    const focusInside = shadow.activeElement !== null && shadow.activeElement !== launcher;
    if (isOpen && (wantFocus || focusInside)) focusFirst();
  });

  paintPanel(container, undefined);
  render(
    <Root
      open={open}
      dataTitle={config.title}
      controller={controller}
      onClose={() => {
        setOpen(false);
        launcher.focus();
      }}
    />,
    container,
  );
  void controller.init();
  return { controller, close: () => setOpen(false) };
}

function Root(props: {
  open: { value: boolean };
  dataTitle: string;
  controller: WidgetController;
  onClose: () => void;
}) {
  const title = panelTitle(props.dataTitle, props.controller.status.value?.look, t().title);
  return (
    <div class="panel-wrap" hidden={!props.open.value}>
      <Panel controller={props.controller} title={title} onClose={props.onClose} />
    </div>
  );
}
