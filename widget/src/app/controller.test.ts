import { beforeEach, describe, expect, it } from 'vitest';
import { createSessionStore } from '../data/session.ts';
import { MemoryBackend, sdkError } from '../test-support/memory-backend.ts';
import { WidgetController } from './controller.ts';

const page = () => ({ pageUrl: 'http://shop.test/pricing', referrer: 'http://search.test/' });
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup() {
  const backend = new MemoryBackend();
  const session = createSessionStore('demo', localStorage);
  const controller = new WidgetController(backend, session, page);
  return { backend, session, controller };
}

describe('WidgetController', () => {
  beforeEach(() => localStorage.clear());

  it('opens on the welcome screen when someone can take a chat', async () => {
    const { controller } = setup();
    expect(controller.screen.value).toEqual({ kind: 'loading' });
    await controller.init();
    expect(controller.screen.value).toEqual({ kind: 'welcome' });
  });

  it('goes straight to the off-line form when nobody is available', async () => {
    const { backend, controller } = setup();
    backend.status = { available: false, routingMode: 'all', departments: [] };
    await controller.init();
    expect(controller.screen.value).toEqual({ kind: 'offline', reason: 'unavailable' });
  });

  it('shows neither chat nor off-line form while the workspace is not live yet', async () => {
    const { backend, controller } = setup();
    backend.status = { available: false, routingMode: 'all', departments: [], inactive: true };
    await controller.init();
    expect(controller.screen.value).toEqual({ kind: 'inactive' });
  });

  it('offers a retry when the service cannot be reached', async () => {
    const { backend, controller } = setup();
    backend.failNext.widgetStatus = sdkError('functions/unavailable', 'Failed to fetch');
    await controller.init();
    expect(controller.screen.value.kind).toBe('failed');
    await controller.loadStatus();
    expect(controller.screen.value).toEqual({ kind: 'welcome' });
  });

  it('starts a chat, waits, and follows the operator joining, talking and closing', async () => {
    const { backend, controller, session } = setup();
    await controller.init();
    await controller.startChat({ visitorName: 'Ann', departmentId: 'sales' });
    await tick();
    expect(backend.started).toEqual([{ visitorName: 'Ann', departmentId: 'sales' }]);
    expect(session.load()).toEqual({ chatId: 'chat-1', name: 'Ann' });
    expect(controller.screen.value).toEqual({ kind: 'chat' });
    expect(controller.chat.value?.status).toBe('queued');
    expect(controller.operatorName.value).toBeNull();

    expect(await controller.send('Hello?')).toBe(true);
    backend.updateChat('chat-1', { status: 'active', operatorId: 'op1' });
    backend.addMessage('chat-1', { kind: 'operator', uid: 'op1', name: 'Nora' }, 'Hi Ann!');
    expect(controller.operatorName.value).toBe('Nora');
    // Transferred to Otto: Nora's name no longer applies; his first message names him.
    backend.updateChat('chat-1', { operatorId: 'op2' });
    expect(controller.operatorName.value).toBeNull();
    backend.addMessage('chat-1', { kind: 'operator', uid: 'op2', name: 'Otto' }, 'Otto here.');
    expect(controller.operatorName.value).toBe('Otto');
    backend.updateChat('chat-1', { operatorName: 'Otto B.' });
    expect(controller.operatorName.value).toBe('Otto B.');
    expect(controller.messages.value.map((m) => m.text)).toEqual([
      'Hello?',
      'Hi Ann!',
      'Otto here.',
    ]);
    expect(controller.messages.value[0]?.from).toEqual({
      kind: 'visitor',
      uid: 'visitor-1',
      name: 'Ann',
    });

    await controller.endChat();
    expect(controller.chat.value?.status).toBe('closed');
    expect(await controller.send('too late')).toBe(false);

    await controller.newChat();
    expect(session.load()).toBeNull();
    expect(backend.watcherCount('chat-1')).toBe(0);
    expect(controller.screen.value).toEqual({ kind: 'welcome' });
  });

  it('shows the off-line form, prefilled, when startChat finds nobody', async () => {
    const { backend, controller, session } = setup();
    backend.startResult = { offline: true };
    await controller.init();
    await controller.startChat({ visitorName: 'Ann', visitorEmail: 'ann@example.com' });
    expect(controller.screen.value).toEqual({ kind: 'offline', reason: 'unavailable' });
    expect(controller.draft.value).toEqual({ visitorName: 'Ann', visitorEmail: 'ann@example.com' });
    expect(session.load()).toBeNull();

    await controller.submitOffline({ name: 'Ann', email: 'ann@example.com', message: 'Call me' });
    expect(backend.offline).toEqual([
      { name: 'Ann', email: 'ann@example.com', message: 'Call me' },
    ]);
    expect(controller.screen.value).toEqual({ kind: 'offline-sent', email: 'ann@example.com' });
  });

  it('turns a missed chat into the off-line form', async () => {
    const { backend, controller, session } = setup();
    await controller.init();
    await controller.startChat({ visitorName: 'Ann' });
    await tick();
    backend.updateChat('chat-1', { status: 'missed' });
    expect(controller.screen.value).toEqual({ kind: 'offline', reason: 'missed' });
    expect(session.load()).toBeNull();
  });

  it('resumes the stored conversation on the next page load', async () => {
    const first = setup();
    await first.controller.init();
    await first.controller.startChat({ visitorName: 'Ann' });
    await tick();
    await first.controller.send('Are you there?');
    first.controller.dispose();

    // A new page: new controller, same storage and the same (persisted) anonymous visitor.
    const controller = new WidgetController(first.backend, first.session, page);
    await controller.init();
    await tick();
    expect(controller.screen.value).toEqual({ kind: 'chat' });
    expect(controller.visitor.value).toEqual({ uid: 'visitor-1', name: 'Ann' });
    expect(controller.messages.value.map((m) => m.text)).toEqual(['Are you there?']);
  });

  it('starts afresh when the stored chat is gone or no longer readable', async () => {
    const { backend, controller, session } = setup();
    session.save({ chatId: 'vanished', name: 'Ann' });
    await controller.init();
    await tick();
    await tick();
    expect(session.load()).toBeNull();
    expect(controller.screen.value).toEqual({ kind: 'welcome' });
    expect(backend.watcherCount('vanished')).toBe(0);
  });

  it('shows why a start was refused and keeps the welcome screen', async () => {
    const { backend, controller } = setup();
    await controller.init();
    backend.failNext.startChat = sdkError(
      'functions/resource-exhausted',
      'You have started too many chats. Please wait a minute.',
    );
    await controller.startChat({ visitorName: 'Ann' });
    expect(controller.error.value).toBe('You have started too many chats. Please wait a minute.');
    expect(controller.screen.value).toEqual({ kind: 'welcome' });
    expect(controller.busy.value).toBe(false);
  });

  it('refuses a burst of messages beyond the per-second limit, without calling the server', async () => {
    const { backend, controller } = setup();
    await controller.init();
    await controller.startChat({ visitorName: 'Ann' });
    await tick();
    const results = [];
    for (let i = 0; i < 7; i++) results.push(await controller.send(`m${i}`));
    expect(results.filter(Boolean).length).toBe(5);
    expect(controller.error.value).toMatch(/very fast/);
    expect(backend.messages.get('chat-1')?.length).toBe(5);
  });

  it('reports a message the server refused', async () => {
    const { backend, controller } = setup();
    await controller.init();
    await controller.startChat({ visitorName: 'Ann' });
    await tick();
    backend.failNext.send = sdkError('permission-denied', 'Missing or insufficient permissions.');
    expect(await controller.send('hi')).toBe(false);
    expect(controller.error.value).toBe('Your message could not be sent. Please try again.');
  });

  it('fills in the welcome form for a returning visitor with what they gave last time', async () => {
    const first = setup();
    await first.controller.init();
    await first.controller.startChat({ visitorName: 'Rosa', visitorEmail: 'rosa@example.com' });
    await first.controller.endChat();
    await first.controller.newChat();
    localStorage.removeItem('parley:demo:chat');
    const returning = setup();
    await returning.controller.init();
    expect(returning.controller.screen.value).toEqual({ kind: 'welcome' });
    expect(returning.controller.draft.value).toEqual({
      visitorName: 'Rosa',
      visitorEmail: 'rosa@example.com',
    });
  });

  it('shows the queue while the chat waits and stops reading it once offered', async () => {
    const { backend, controller } = setup();
    await controller.init();
    await controller.startChat({ visitorName: 'Ann' });
    await tick();
    backend.updateChat('chat-1', { waiting: true });
    backend.setQueue('chat-1', { position: 3, estimatedWaitSeconds: 120 });
    await tick();
    expect(controller.queue.value).toEqual({ position: 3, estimatedWaitSeconds: 120 });
    backend.setQueue('chat-1', { position: 2, estimatedWaitSeconds: 90 });
    expect(controller.queue.value?.position).toBe(2);
    backend.updateChat('chat-1', { waiting: false });
    expect(controller.queue.value).toBeNull();
    backend.setQueue('chat-1', { position: 1, estimatedWaitSeconds: 30 });
    expect(controller.queue.value).toBeNull();
  });

  it('leaves a message instead of waiting, keeping everything written (sent and unsent)', async () => {
    const { backend, controller, session } = setup();
    await controller.init();
    await controller.startChat({ visitorName: 'Ann', visitorEmail: 'ann@example.com' });
    await tick();
    backend.updateChat('chat-1', { waiting: true });
    await controller.send('My order is late.');
    controller.composerText.value = 'Order 1234';
    await controller.leaveMessageInstead();
    expect(backend.chats.get('chat-1')?.status).toBe('closed');
    expect(controller.screen.value).toEqual({ kind: 'offline', reason: 'queue' });
    expect(controller.offlineMessage.value).toBe('My order is late.\n\nOrder 1234');
    expect(session.load()).toBeNull();
  });

  it('asks for the next operator when a one-at-a-time offer reaches its deadline', async () => {
    const { backend, controller } = setup();
    await controller.init();
    await controller.startChat({ visitorName: 'Ann' });
    await tick();
    backend.updateChat('chat-1', { offerExpiresAt: new Date(Date.now() - 1000) });
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(backend.advanced).toEqual(['chat-1']);
  });
});
