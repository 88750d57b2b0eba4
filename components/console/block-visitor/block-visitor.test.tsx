import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BlockVisitorForm } from './block-visitor.tsx';

afterEach(cleanup);

describe('BlockVisitorForm', () => {
  it('needs a reason, then blocks for the chosen time', async () => {
    const onBlock = vi.fn(async () => {});
    render(<BlockVisitorForm visitorName="Troll" onBlock={onBlock} onCancel={vi.fn()} />);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Reason' }));
    fireEvent.click(screen.getByRole('button', { name: 'Block visitor' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The reason for blocking is required.',
    );
    expect(onBlock).not.toHaveBeenCalled();

    fireEvent.input(screen.getByRole('textbox', { name: 'Reason' }), {
      target: { value: ' Spam links ' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Block for' }), {
      target: { value: 'forever' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Block visitor' }));
    await waitFor(() => expect(onBlock).toHaveBeenCalledWith('Spam links', 'forever'));
  });

  it('says why the server refused, and cancels', async () => {
    const onCancel = vi.fn();
    render(
      <BlockVisitorForm
        visitorName="Troll"
        onBlock={async () => {
          throw new Error('Only the chat’s operator or an admin can block its visitor.');
        }}
        onCancel={onCancel}
      />,
    );
    fireEvent.input(screen.getByRole('textbox', { name: 'Reason' }), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Block visitor' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Only the chat’s operator/);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Reason' }), { key: 'Escape' });
    expect(onCancel).toHaveBeenCalledTimes(2);
  });
});
