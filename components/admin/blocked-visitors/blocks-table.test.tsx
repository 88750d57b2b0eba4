import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { blockFromData } from '../../../utils/data/collections/blocks.ts';
import { BlocksTable } from './blocks-table.tsx';

afterEach(cleanup);

const now = new Date('2026-12-07T12:00:00Z');
const block = (id: string, extra: Record<string, unknown>) =>
  blockFromData(id, {
    visitor: { uid: `u-${id}`, name: `Visitor ${id}`, email: `${id}@example.test` },
    chatId: `c-${id}`,
    reason: `Reason ${id}`,
    until: null,
    byEmail: true,
    byAddress: true,
    createdAt: new Date('2026-12-06T12:00:00Z'),
    createdBy: { uid: 'nora', name: 'Nora' },
    ...extra,
  });

describe('BlocksTable', () => {
  it('says when nobody is blocked', () => {
    render(<BlocksTable blocks={[]} now={now} onLift={vi.fn()} />);
    screen.getByText('No visitor has been blocked.');
  });

  it('lists live blocks first; only those can be lifted, after confirming', async () => {
    const onLift = vi.fn(async () => {});
    render(
      <BlocksTable
        blocks={[
          block('ended', { until: new Date('2026-12-07T11:00:00Z') }),
          block('lifted', { liftedAt: now, liftedBy: { uid: 'ada', name: 'Ada' } }),
          block('live', {}),
        ]}
        now={now}
        onLift={onLift}
      />,
    );
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => r.querySelector('th')?.textContent)).toEqual([
      expect.stringContaining('Visitor live'),
      expect.stringContaining('Visitor ended'),
      expect.stringContaining('Visitor lifted'),
    ]);
    expect(rows[0]!.textContent).toContain('Holds for: browser, email, address');
    expect(rows[0]!.textContent).toContain('Until lifted');
    expect(rows[1]!.textContent).toContain('Ended');
    expect(rows[2]!.textContent).toContain('Lifted by Ada');
    expect(screen.getAllByRole('button', { name: /^Lift block/ })).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Lift block on Visitor live' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, lift block on Visitor live' }));
    await waitFor(() => expect(onLift).toHaveBeenCalledWith('live'));
  });
});
