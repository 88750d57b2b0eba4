import { browser } from 'wxt/browser';
import { PLAY_SOUND } from '../background/sound.ts';

// Chrome's service worker has no audio: it asks this offscreen document to play the chime.
browser.runtime.onMessage.addListener((message: unknown) => {
  if ((message as { type?: string })?.type !== PLAY_SOUND) return;
  const audio = new Audio(browser.runtime.getURL('/sounds/notify.wav'));
  void audio.play().catch(() => {});
});
