import { effect, signal } from '@preact/signals';
import { type Browser, browser } from 'wxt/browser';
import type { PresenceState } from '../../domain/model.ts';
import type { OperatorSession } from '../session.ts';
import type { ChatListsData } from './chat-lists-store.ts';
import type { TeamData } from './team-store.ts';

/**
 * The hub: the background (Chrome's service worker, Firefox's background page) keeps the team
 * and the chat lists live once for the browser, and the pages attach to it over a port instead
 * of opening a dozen listeners of their own each time they open. The popup shows its counts from
 * the hub alone (no Firebase at all); the side panel takes its lists from it and listens only to
 * the messages of its open tabs.
 */
export const HUB_PORT = 'parley-hub';
export type HubPage = 'console' | 'popup';

export type HubState =
  | { status: 'signed-out' | 'no-workspace' }
  | {
      status: 'signed-in';
      operator: OperatorSession;
      team: TeamData;
      lists: ChatListsData;
      unread: number;
      myPresence: PresenceState;
    };

export type HubCommand = { type: 'set-presence'; state: PresenceState };
type HubMessage = { type: 'state'; state: unknown };

/** Chrome passes port messages as JSON: Dates travel as {$date: ms} and come back as Dates. */
export function encodeDates(value: unknown): unknown {
  if (value instanceof Date) return { $date: value.getTime() };
  if (Array.isArray(value)) return value.map(encodeDates);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, encodeDates(v)]),
    );
  }
  return value;
}

export function decodeDates(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeDates);
  if (value && typeof value === 'object') {
    const date = (value as { $date?: unknown }).$date;
    if (typeof date === 'number' && Object.keys(value).length === 1) return new Date(date);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decodeDates(v)]));
  }
  return value;
}

export function pageOfPort(port: Browser.runtime.Port): HubPage | null {
  const [name, page] = port.name.split(':');
  return name === HUB_PORT && (page === 'console' || page === 'popup') ? page : null;
}

/**
 * Background side: sends every attached page the state whenever it changes (coalesced to one
 * message per task) and hands the pages' commands to `onCommand`.
 */
export function serveHub(
  port: Browser.runtime.Port,
  state: () => HubState | null,
  onCommand: (command: HubCommand) => void,
): () => void {
  let scheduled = false;
  let latest: HubState | null = null;
  const stopWatching = effect(() => {
    latest = state();
    if (scheduled || !latest) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      try {
        port.postMessage({ type: 'state', state: encodeDates(latest) } satisfies HubMessage);
      } catch {
        // The page went away; onDisconnect cleans up.
      }
    });
  });
  const onMessage = (message: unknown) => {
    if ((message as HubCommand)?.type === 'set-presence') onCommand(message as HubCommand);
  };
  port.onMessage.addListener(onMessage);
  return () => {
    stopWatching();
    port.onMessage.removeListener(onMessage);
  };
}

/** Page side: the hub's latest state as a signal, reconnecting when the worker restarts. */
export class HubClient {
  readonly state = signal<HubState | null>(null);
  #port: Browser.runtime.Port | undefined;
  #stopped = false;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(readonly page: HubPage) {}

  connect(): () => void {
    this.#stopped = false;
    this.#open();
    return () => {
      this.#stopped = true;
      clearTimeout(this.#timer);
      this.#port?.disconnect();
      this.#port = undefined;
    };
  }

  setPresence(state: PresenceState): void {
    this.#port?.postMessage({ type: 'set-presence', state } satisfies HubCommand);
  }

  #open() {
    if (this.#stopped) return;
    try {
      const port = browser.runtime.connect({ name: `${HUB_PORT}:${this.page}` });
      this.#port = port;
      port.onMessage.addListener((message: unknown) => {
        const { type, state } = message as HubMessage;
        if (type === 'state') this.state.value = decodeDates(state) as HubState;
      });
      port.onDisconnect.addListener(() => {
        this.#port = undefined;
        this.#timer = setTimeout(() => this.#open(), 1000);
      });
    } catch {
      this.#timer = setTimeout(() => this.#open(), 2000);
    }
  }
}
