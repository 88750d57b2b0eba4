import { browser } from 'wxt/browser';

export const PLAY_SOUND = 'parley-play-sound';

interface ChromeOffscreen {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

function chromeOffscreen(): ChromeOffscreen | undefined {
  return (globalThis as { chrome?: { offscreen?: ChromeOffscreen } }).chrome?.offscreen;
}

let creating: Promise<void> | null = null;

async function ensureOffscreen(offscreen: ChromeOffscreen): Promise<void> {
  if (await offscreen.hasDocument?.()) return;
  creating ??= offscreen
    .createDocument({
      url: browser.runtime.getURL('/offscreen.html'),
      reasons: ['AUDIO_PLAYBACK'],
      justification: 'Plays the chime for a new chat, a transfer or a message.',
    })
    .catch((error: Error) => {
      // Another call created it first.
      if (!/single offscreen/i.test(error.message)) throw error;
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

/**
 * Plays the notification chime. Firefox's background page has audio; Chrome's service worker
 * hands it to an offscreen document (needs the "offscreen" permission; without it the desktop
 * notification's own system sound is all there is).
 */
export async function playChime(): Promise<boolean> {
  if (typeof Audio !== 'undefined') {
    await new Audio(browser.runtime.getURL('/sounds/notify.wav')).play().catch(() => {});
    return true;
  }
  const offscreen = chromeOffscreen();
  if (!offscreen) return false;
  try {
    await ensureOffscreen(offscreen);
    await browser.runtime.sendMessage({ type: PLAY_SOUND });
    return true;
  } catch {
    return false;
  }
}
