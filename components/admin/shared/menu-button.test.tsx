import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MenuButton } from './menu-button.tsx';

afterEach(cleanup);

function setup() {
  const edit = vi.fn();
  const remove = vi.fn();
  render(
    <MenuButton
      label="Actions for Nora"
      items={[
        { label: 'Edit profile', onSelect: edit },
        { label: 'Start Chat', onSelect: () => {} },
        { label: 'Delete', danger: true, onSelect: remove },
      ]}
    />,
  );
  return { edit, remove, button: screen.getByRole('button', { name: 'Actions for Nora' }) };
}

describe('MenuButton (the gear menu)', () => {
  it('is closed until clicked, then lists its items as menu items', () => {
    const { button } = setup();
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('menu')).toBeNull();
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual([
      'Edit profile',
      'Start Chat',
      'Delete',
    ]);
  });

  it('works by keyboard: ArrowDown opens on the first item, arrows wrap, Escape returns focus', () => {
    const { button } = setup();
    fireEvent.keyDown(button, { key: 'ArrowDown' });
    const items = screen.getAllByRole('menuitem');
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(items[0]!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(items[2]);
    fireEvent.keyDown(items[2]!, { key: 'Home' });
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(items[0]!, { key: 'End' });
    expect(document.activeElement).toBe(items[2]);
    fireEvent.keyDown(items[2]!, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('runs the chosen item and closes', () => {
    const { button, remove } = setup();
    fireEvent.click(button);
    fireEvent.click(screen.getByRole('menuitem', { name: 'Delete' }));
    expect(remove).toHaveBeenCalledOnce();
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('closes when the pointer goes down elsewhere', () => {
    const { button } = setup();
    fireEvent.click(button);
    fireEvent.pointerDown(document.body);
    expect(screen.queryByRole('menu')).toBeNull();
  });
});
