import { signal } from '@preact/signals';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConversationKey } from '../../../utils/data/conversation-key.ts';
import type { ConsoleStore } from '../../../utils/data/stores/console-store.ts';
import { Announcer, shownConversation } from './announcer.ts';
import { announceConsoleEvents } from './console-announcements.ts';

type Message = {
  id: string;
  from: { kind: string; uid?: string; name: string };
  sentAt?: Date;
};
const KEY = 'chat:demo:c1' as ConversationKey;

/** The parts of the console's store the announcements read, as plain signals. */
function fakeStore() {
  const conversation = { live: signal(false), server: signal<Message[]>([]) };
  const parts = {
    operator: { uid: 'nora' },
    lists: { incoming: signal<unknown[]>([]), transfersToMe: signal<unknown[]>([]) },
    team: { operatorName: (uid: string) => (uid === 'otto' ? 'Otto' : uid) },
    tabs: { keys: signal<ConversationKey[]>([]), conversation: () => conversation },
  };
  return { parts, conversation, store: parts as unknown as ConsoleStore };
}

describe('announceConsoleEvents', () => {
  let announcer: Announcer;
  let stop: () => void;
  const said = () => {
    vi.advanceTimersByTime(200);
    return announcer.text.value;
  };

  beforeEach(() => {
    vi.useFakeTimers();
    announcer = new Announcer();
    shownConversation.value = null;
  });
  afterEach(() => {
    stop?.();
    vi.useRealTimers();
  });

  it('announces each chat offered once, and transfers to me with who asks', () => {
    const { parts, store } = fakeStore();
    stop = announceConsoleEvents(store, announcer);
    parts.lists.incoming.value = [{ id: 'c1', visitor: { name: 'Vera' } }];
    expect(said()).toBe('New chat from Vera');
    parts.lists.incoming.value = [...parts.lists.incoming.value];
    parts.lists.transfersToMe.value = [
      { id: 'c2', operatorId: 'otto', transfer: { from: 'otto', requestedAt: new Date(1) } },
    ];
    expect(said()).toBe('Transfer request from Otto');
  });

  it('announces messages from others that arrive after the conversation went live', () => {
    const { parts, conversation, store } = fakeStore();
    stop = announceConsoleEvents(store, announcer);
    parts.tabs.keys.value = [KEY];
    conversation.server.value = [{ id: 'old', from: { kind: 'visitor', name: 'Vera' } }];
    conversation.live.value = true;
    expect(said()).toBe('');
    const own = { id: 'm1', from: { kind: 'operator', uid: 'nora', name: 'Nora' } };
    const note = { id: 'm2', from: { kind: 'system', name: '' } };
    conversation.server.value = [...conversation.server.value, own, note];
    expect(said()).toBe('');
    const visitor = { id: 'm3', from: { kind: 'visitor', name: 'Vera' } };
    conversation.server.value = [...conversation.server.value, visitor];
    expect(said()).toBe('New message from Vera');
  });

  it("leaves out history that arrives after a first answer from the cache, and says a sender's burst once", () => {
    const { parts, conversation, store } = fakeStore();
    stop = announceConsoleEvents(store, announcer);
    parts.tabs.keys.value = [KEY];
    conversation.live.value = true;
    const history = Array.from({ length: 50 }, (_, i) => ({
      id: `h${i}`,
      from: { kind: 'visitor', name: 'Vera' },
      sentAt: new Date(Date.now() - 3_600_000),
    }));
    conversation.server.value = history;
    expect(said()).toBe('');
    const burst = ['n1', 'n2', 'n3'].map((id) => ({
      id,
      from: { kind: 'visitor', name: 'Vera' },
      sentAt: new Date(),
    }));
    conversation.server.value = [...history, ...burst];
    expect(said()).toBe('New message from Vera');
  });

  it('leaves out the conversation on screen, whose log reads its messages itself', () => {
    const { parts, conversation, store } = fakeStore();
    stop = announceConsoleEvents(store, announcer);
    parts.tabs.keys.value = [KEY];
    conversation.live.value = true;
    shownConversation.value = KEY;
    conversation.server.value = [{ id: 'm1', from: { kind: 'visitor', name: 'Vera' } }];
    expect(said()).toBe('');
  });

  it('speaks sentences announced together as one, after emptying the region', () => {
    announcer.announce('New chat from Vera');
    announcer.announce('New chat from Walt');
    expect(announcer.text.value).toBe('');
    expect(said()).toBe('New chat from Vera New chat from Walt');
  });
});
