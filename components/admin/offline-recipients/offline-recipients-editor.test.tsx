import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OfflineRecipientsEditor } from './offline-recipients-editor.tsx';

afterEach(cleanup);

const operators = [
  { id: 'ada', displayName: 'Ada' },
  { id: 'nora', displayName: 'Nora' },
];

describe('OfflineRecipientsEditor', () => {
  it('starts from the stored recipients and updates with the new list', async () => {
    const onUpdate = vi.fn(async () => {});
    render(
      <OfflineRecipientsEditor operators={operators} recipientIds={['ada']} onUpdate={onUpdate} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add Nora to Recipients' }));
    fireEvent.click(screen.getByRole('button', { name: 'Update' }));
    await waitFor(() => expect(onUpdate).toHaveBeenCalledWith(['ada', 'nora']));
    expect((await screen.findByRole('status')).textContent).toBe(
      'Updated: off-line messages go to 2 operators.',
    );
  });

  it('shows progress while saving and the refusal next to the form', async () => {
    let reject: (error: Error) => void = () => {};
    const onUpdate = vi.fn(() => new Promise<void>((_, fail) => (reject = fail)));
    render(<OfflineRecipientsEditor operators={operators} recipientIds={[]} onUpdate={onUpdate} />);
    fireEvent.click(screen.getByRole('button', { name: 'Update' }));
    const busy = (await screen.findByRole('button', { name: 'Updating…' })) as HTMLButtonElement;
    expect(busy.disabled).toBe(true);
    reject(Object.assign(new Error('denied'), { code: 'permission-denied' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'You are not allowed to update the off-line recipients. Only administrators can.',
    );
  });

  it('says so when nobody will be mailed', async () => {
    render(
      <OfflineRecipientsEditor
        operators={operators}
        recipientIds={['ada']}
        onUpdate={async () => {}}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove Ada from Recipients' }));
    fireEvent.click(screen.getByRole('button', { name: 'Update' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/nobody receives/);
  });
});
