import { describe, expect, it } from 'vitest';
import { launcherLook, panelTitle, receivedLook } from './look.ts';

describe('the look the widget applies', () => {
  it('keeps what can be applied of what widgetStatus sent', () => {
    expect(
      receivedLook({ title: 'Ask', greeting: 'Hi', accent: '#0b6e4f', position: 'left', x: 1 }),
    ).toEqual({ title: 'Ask', greeting: 'Hi', accent: '#0b6e4f', position: 'left' });
    expect(receivedLook({ title: ' ', accent: 'red', position: 'top' })).toBeUndefined();
    expect(receivedLook(null)).toBeUndefined();
  });
  it('gives the launcher its accent and corner only', () => {
    expect(launcherLook({ title: 'Ask', accent: '#0b6e4f', position: 'right' })).toEqual({
      accent: '#0b6e4f',
    });
    expect(launcherLook(undefined)).toEqual({});
  });
  it("takes the embed's data-title first, then the admin's, then the catalogue's", () => {
    expect(panelTitle('Page', { title: 'Admin' }, 'Chat with us')).toBe('Page');
    expect(panelTitle('', { title: 'Admin' }, 'Chat with us')).toBe('Admin');
    expect(panelTitle('', undefined, 'Chat with us')).toBe('Chat with us');
  });
});
