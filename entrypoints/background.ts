import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { chromeSidePanel } from '../utils/data/extension-pages.ts';

export default defineBackground(() => {
  // The toolbar button opens the popup (the quick switch); the popup opens the side panel.
  void chromeSidePanel()?.setPanelBehavior({ openPanelOnActionClick: false });
  browser.runtime.onInstalled.addListener(() => {
    void browser.action?.setBadgeBackgroundColor({ color: '#2457d6' });
  });
});
