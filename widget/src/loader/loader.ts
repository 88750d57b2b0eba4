/**
 * The script a customer embeds:
 *   <script src="https://…/widget.js" data-workspace="demo" async></script>
 *
 * It stays tiny and idle: it only puts a launcher button into a Shadow DOM host. Preact, the
 * screens and Firebase are imported the first time the visitor clicks it (or straight away when
 * the visitor had the chat open on the previous page of this site, so a conversation follows them).
 * It is built as a classic script (see vite.config.ts) and finds the app chunk next to itself.
 */
import { browserLanguages, directionOf, pickLanguage } from '../i18n/language.ts';
import {
  HOST_TAG,
  isOpenRemembered,
  LAUNCHER_CSS,
  LAUNCHER_ICON,
  LAUNCHER_WORDS,
  noteArrival,
  paintLauncher,
  rememberedLook,
} from './launcher.ts';

type AppModule = typeof import('../app/mount.tsx');

function findScript(): HTMLScriptElement | null {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement) return current;
  return document.querySelector<HTMLScriptElement>('script[data-workspace][src*="widget"]');
}

function start(script: HTMLScriptElement) {
  if (!script.src) return;
  const dataset = { ...script.dataset } as Record<string, string>;
  const workspace = dataset.workspace;
  if (!workspace) {
    console.warn('Parley widget: the script tag needs data-workspace="<your workspace id>".');
    return;
  }
  if (document.querySelector(HOST_TAG)) return; // embedded twice: keep the first
  noteArrival(workspace);

  const host = document.createElement(HOST_TAG);
  host.setAttribute('data-workspace', workspace);
  const shadow = host.attachShadow({ mode: 'open' });
  const language = pickLanguage(dataset.lang, browserLanguages());
  const [text, label] = LAUNCHER_WORDS[language];
  shadow.innerHTML = `<style>${LAUNCHER_CSS}</style><button type="button" class="launcher" lang="${language}" dir="${directionOf(language)}" aria-label="${label}" aria-expanded="false" aria-haspopup="dialog">${LAUNCHER_ICON}<span>${text}</span></button>`;
  const launcher = shadow.querySelector('button')!;
  paintLauncher(host, launcher, rememberedLook(workspace));

  let app: Promise<AppModule> | null = null;
  const open = (reopened: boolean) => {
    if (!app) {
      launcher.setAttribute('aria-busy', 'true');
      // The app chunk sits beside this file, wherever the customer's tag loaded it from.
      app = import(new URL(__PARLEY_APP_FILE__, script.src).href) as Promise<AppModule>;
      app.then(
        (module) => module.mountWidget({ shadow, launcher, dataset, reopened }),
        (error: unknown) => {
          // A failed download (offline, blocked): let the next click try again.
          app = null;
          launcher.removeAttribute('aria-busy');
          console.error('Parley widget could not load', error);
        },
      );
    }
  };
  launcher.addEventListener('click', () => open(false));
  document.body.appendChild(host);
  if (isOpenRemembered(workspace)) open(true);
}

const script = findScript();
if (script) {
  if (document.body) start(script);
  else document.addEventListener('DOMContentLoaded', () => start(script), { once: true });
}
