import { effect } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { ConsoleStore } from '../../utils/data/stores/console-store.ts';
import { t } from '../../utils/i18n.ts';

/** Chrome MV3 calls it `action`, Firefox MV2 `browserAction`. */
function toolbarButton() {
  return (
    browser.action ??
    (browser as unknown as { browserAction?: typeof browser.action }).browserAction
  );
}

/** The toolbar badge: how many visitors (and transfers) are waiting for me. */
export function waitingCount(store: ConsoleStore): number {
  const transfers = store.lists.transfersToMe.value.filter(
    (c) => c.operatorId !== store.operator.uid,
  );
  return store.lists.incoming.value.length + transfers.length;
}

export function startBadge(store: ConsoleStore): () => void {
  const button = toolbarButton();
  void button?.setBadgeBackgroundColor({ color: '#b42318' });
  const stop = effect(() => {
    const count = waitingCount(store);
    void button?.setBadgeText({ text: count > 0 ? String(count) : '' });
    void button?.setTitle({ title: count > 0 ? t('parleyWaiting', count) : t('extActionTitle') });
  });
  return () => {
    stop();
    void button?.setBadgeText({ text: '' });
  };
}
