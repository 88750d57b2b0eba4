import { browser } from 'wxt/browser';
import { CONSOLE_PORT } from '../../../utils/data/console-messages.ts';

/**
 * Holds a port open to the service worker while the console is visible, so the worker skips
 * desktop notifications for what the operator already sees. Reconnects when the worker restarts.
 */
export function connectToBackground(): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const connect = () => {
    if (stopped) return;
    try {
      const port = browser.runtime.connect({ name: CONSOLE_PORT });
      port.onDisconnect.addListener(() => {
        timer = setTimeout(connect, 1000);
      });
      stop = () => port.disconnect();
    } catch {
      timer = setTimeout(connect, 2000);
    }
  };
  let stop = () => {};
  connect();
  return () => {
    stopped = true;
    clearTimeout(timer);
    stop();
  };
}
