import { beforeEach, describe, expect, it } from 'vitest';
import { isOpenRemembered, rememberedLook } from '../loader/launcher.ts';
import { createSessionStore } from './session.ts';

describe('session store', () => {
  beforeEach(() => localStorage.clear());

  it('keeps the chat per workspace across instances (page loads)', () => {
    createSessionStore('demo', localStorage).save({ chatId: 'c1', name: 'Ann', email: 'a@b.co' });
    expect(createSessionStore('demo', localStorage).load()).toEqual({
      chatId: 'c1',
      name: 'Ann',
      email: 'a@b.co',
    });
    expect(createSessionStore('other', localStorage).load()).toBeNull();
    createSessionStore('demo', localStorage).clear();
    expect(createSessionStore('demo', localStorage).load()).toBeNull();
  });

  it('ignores garbage left in storage', () => {
    localStorage.setItem('parley:demo:chat', '{not json');
    expect(createSessionStore('demo', localStorage).load()).toBeNull();
    localStorage.setItem('parley:demo:chat', JSON.stringify({ chatId: 42 }));
    expect(createSessionStore('demo', localStorage).load()).toBeNull();
  });

  it('remembers the open panel for the loader', () => {
    const store = createSessionStore('demo', localStorage);
    store.setOpen(true);
    expect(isOpenRemembered('demo')).toBe(true);
    store.setOpen(false);
    expect(isOpenRemembered('demo')).toBe(false);
  });

  it("remembers the launcher's look for the loader, and the loader checks what it reads", () => {
    const store = createSessionStore('demo', localStorage);
    expect(rememberedLook('demo')).toEqual({});
    store.rememberLook({ accent: '#0b6e4f', position: 'left' });
    expect(rememberedLook('demo')).toEqual({ accent: '#0b6e4f', position: 'left' });
    store.rememberLook({});
    expect(localStorage.getItem('parley:demo:look')).toBeNull();
    // The page can write this storage: a colour that is not #rrggbb, or garbage, draws the default.
    localStorage.setItem(
      'parley:demo:look',
      JSON.stringify({ accent: 'red;x:y', position: 'top' }),
    );
    expect(rememberedLook('demo')).toEqual({});
    localStorage.setItem('parley:demo:look', '{not json');
    expect(rememberedLook('demo')).toEqual({});
  });

  it('works (forgetfully) when storage is blocked', () => {
    const blocked = {
      getItem() {
        throw new Error('SecurityError');
      },
      setItem() {
        throw new Error('SecurityError');
      },
      removeItem() {
        throw new Error('SecurityError');
      },
    } as unknown as Storage;
    const store = createSessionStore('demo', blocked);
    expect(() => store.save({ chatId: 'c', name: 'n' })).not.toThrow();
    expect(store.load()).toBeNull();
    expect(createSessionStore('demo', null).load()).toBeNull();
  });
});
