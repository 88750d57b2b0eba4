/**
 * The widget's side of issue 13 (ADR 010): typing both ways, the visit recorded for Visitor
 * info (one write a page), and the polite refusal of a blocked visitor.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TYPING } from '../../../utils/domain/typing.ts';
import { createSessionStore } from '../data/session.ts';
import { MemoryBackend, sdkError } from '../test-support/memory-backend.ts';
import { WidgetController } from './controller.ts';
import type { VisitEnvironment } from './visit.ts';

let url = 'http://shop.test/pricing?utm_source=news';
const page = () => ({ pageUrl: url, referrer: 'http://search.test/' });
const environment = (): VisitEnvironment => ({
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0.0.0 Safari/537.36',
  language: 'de-DE',
  timeZone: 'Europe/Berlin',
  utcOffsetMinutes: 60,
  title: 'Pricing',
  arrival: {
    referrer: 'http://search.test/?q=lamps',
    landingUrl: 'http://shop.test/?utm_source=news',
  },
});
const flush = async () => {
  for (let i = 0; i < 3; i++) await Promise.resolve();
};

function setup() {
  const backend = new MemoryBackend();
  const session = createSessionStore('demo', localStorage);
  return {
    backend,
    session,
    make: () => new WidgetController(backend, session, page, environment),
  };
}

async function chatting() {
  const s = setup();
  const controller = s.make();
  await controller.init();
  await controller.startChat({ visitorName: 'Vera' });
  await flush();
  return { ...s, controller };
}

describe('typing', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.useFakeTimers({ now: 1_000_000, toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  });
  afterEach(() => vi.useRealTimers());

  it('writes at most one signal every few seconds while the visitor types', async () => {
    const { backend, controller } = await chatting();
    for (let i = 0; i < 40; i++) {
      controller.noteTyping();
      vi.advanceTimersByTime(200); // 8 s of typing, 5 keys a second
    }
    expect(backend.typingSent).toHaveLength(2);
  });

  it("shows the operator's name while they type, until it expires or their message arrives", async () => {
    const { backend, controller } = await chatting();
    backend.updateChat('chat-1', { status: 'active', operatorId: 'nora', operatorName: 'Nora' });
    backend.operatorTypes('chat-1', Date.now(), 'Nora');
    expect(controller.operatorTyping.value).toBe('Nora');
    vi.advanceTimersByTime(TYPING.showForMs + 100);
    expect(controller.operatorTyping.value).toBeNull();

    backend.operatorTypes('chat-1', Date.now(), 'Nora');
    expect(controller.operatorTyping.value).toBe('Nora');
    vi.advanceTimersByTime(10);
    backend.addMessage('chat-1', { kind: 'operator', uid: 'nora', name: 'Nora' }, 'Hi!');
    expect(controller.operatorTyping.value).toBeNull();
  });
});

describe('the visit', () => {
  beforeEach(() => localStorage.clear());

  it('records the page with the browser and the arrival, once a page, keeping the pages', async () => {
    const first = await chatting();
    expect(first.backend.visits).toHaveLength(1);
    expect(first.backend.visits[0]).toMatchObject({
      chatId: 'chat-1',
      visit: {
        language: 'de-DE',
        timeZone: 'Europe/Berlin',
        page: { url: 'http://shop.test/pricing?utm_source=news', title: 'Pricing' },
        referrer: 'http://search.test/?q=lamps',
        campaign: { utm_source: 'news' },
      },
    });
    // The next page of the site resumes the chat and adds itself.
    url = 'http://shop.test/help';
    const next = first.make();
    await next.init();
    await flush();
    expect(first.backend.visits).toHaveLength(2);
    expect(first.backend.visits[1]!.visit.pages.map((p) => p.url)).toEqual([
      'http://shop.test/pricing?utm_source=news',
      'http://shop.test/help',
    ]);
    expect(first.backend.visits[1]!.visit.page.url).toBe('http://shop.test/help');
  });
});

describe('a blocked visitor', () => {
  beforeEach(() => localStorage.clear());

  it('is told chat is not available, without the off-line form', async () => {
    const { backend, make } = setup();
    backend.status = { available: false, routingMode: 'all', departments: [], blocked: true };
    const controller = make();
    await controller.init();
    expect(controller.screen.value).toEqual({ kind: 'blocked' });
  });

  it('lands there when startChat refuses them', async () => {
    const { backend, make } = setup();
    const controller = make();
    await controller.init();
    backend.failNext.startChat = sdkError('functions/permission-denied', 'Chat is not available.');
    await controller.startChat({ visitorName: 'Vera' });
    expect(controller.screen.value).toEqual({ kind: 'blocked' });
    expect(controller.error.value).toBeNull();
  });
});
