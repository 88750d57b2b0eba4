import { signal } from '@preact/signals';
import type { ConversationKey } from '../../../utils/data/conversation-key.ts';

/** How long the region stays empty before a new sentence, so a repeated one is spoken again. */
const PAUSE_MS = 100;

/**
 * What the console's one polite live region says. Sentences announced together are spoken
 * together; each announcement first empties the region, because screen readers stay silent when
 * a live region's text is set to what it already was.
 */
export class Announcer {
  readonly text = signal('');
  #pending: string[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;

  announce(sentence: string): void {
    this.#pending.push(sentence);
    this.text.value = '';
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.text.value = this.#pending.join(' ');
      this.#pending = [];
    }, PAUSE_MS);
  }
}

/** The side panel's announcer, read by its live region (LiveRegion in the console shell). */
export const consoleAnnouncer = new Announcer();

/**
 * The conversation whose message log is on screen: its log (a live region of its own) reads new
 * messages aloud, so the announcer leaves them out.
 */
export const shownConversation = signal<ConversationKey | null>(null);
