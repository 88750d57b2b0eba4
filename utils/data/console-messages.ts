import { browser } from 'wxt/browser';
import type { ConversationKey } from './conversation-key.ts';

/**
 * A notification click leaves the conversation to show under FOCUS_KEY, which the side panel
 * follows. (The pages' port to the background is the hub's: stores/console-hub.ts.)
 */
export const FOCUS_KEY = 'parley.focus';

export interface FocusRequest {
  conversation: ConversationKey | null;
  /** 'chats' or 'incoming': which part of the console to show */
  section: 'chats' | 'incoming';
  at: number;
}

export async function requestFocus(request: Omit<FocusRequest, 'at'>): Promise<void> {
  await browser.storage.local.set({ [FOCUS_KEY]: { ...request, at: Date.now() } });
}

export async function takeFocusRequest(maxAgeMs = 60_000): Promise<FocusRequest | null> {
  const stored = (await browser.storage.local.get(FOCUS_KEY))[FOCUS_KEY] as
    | FocusRequest
    | undefined;
  if (!stored) return null;
  await browser.storage.local.remove(FOCUS_KEY);
  return Date.now() - stored.at <= maxAgeMs ? stored : null;
}

export function onFocusRequest(callback: (request: FocusRequest) => void) {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const value = changes[FOCUS_KEY]?.newValue as FocusRequest | undefined;
    if (area === 'local' && value) {
      void browser.storage.local.remove(FOCUS_KEY);
      callback(value);
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
