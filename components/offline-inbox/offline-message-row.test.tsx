import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { offlineMessageFromData } from '../../utils/data/collections/offline-messages.ts';
import { OfflineMessageRow, replyLink } from './offline-message-row.tsx';

afterEach(cleanup);

const failed = offlineMessageFromData('o1', {
  name: 'Fiona',
  email: 'fiona@example.com',
  message: 'Is the lamp back?\nThanks',
  pageUrl: 'http://127.0.0.1:5173/help',
  departmentId: 'sales',
  createdAt: new Date('2026-12-07T09:00:00Z'),
  delivery: { status: 'failed', to: ['ada@x.test'], attempts: 6, lastError: 'ECONNREFUSED' },
});
const props = {
  departmentName: (id: string) => (id === 'sales' ? 'Sales' : id),
  busy: false,
  error: null,
};

describe('OfflineMessageRow', () => {
  it('shows who, where, what and the failed delivery with its last error', () => {
    render(<OfflineMessageRow message={failed} onAct={vi.fn()} {...props} />);
    expect(screen.getByText('Fiona <fiona@example.com>')).toBeTruthy();
    expect(screen.getByText(/Off-line form on http:\/\/127.0.0.1:5173\/help · Sales/)).toBeTruthy();
    expect(screen.getByText(/Failed after 6 attempts/)).toBeTruthy();
    expect(screen.getByText(/Last error: ECONNREFUSED/)).toBeTruthy();
  });

  it('offers retry and handled for a failed message, and a reply to the visitor', () => {
    const onAct = vi.fn();
    render(<OfflineMessageRow message={failed} onAct={onAct} {...props} />);
    fireEvent.click(screen.getByRole('button', { name: 'Retry delivery' }));
    fireEvent.click(screen.getByRole('button', { name: 'Mark handled' }));
    expect(onAct.mock.calls).toEqual([['retry'], ['handled']]);
    const reply = screen.getByRole('link', { name: 'Reply to Fiona' });
    expect(reply.getAttribute('href')).toBe(replyLink(failed));
  });

  it('offers no retry once sent, and reopening once handled', () => {
    const sent = offlineMessageFromData('o2', {
      ...failed,
      delivery: { status: 'sent', to: ['ada@x.test'], attempts: 1, sentAt: new Date() },
      handled: { by: 'ada', name: 'Ada', at: new Date() },
    });
    render(<OfflineMessageRow message={sent} onAct={vi.fn()} {...props} busy={true} />);
    expect(screen.queryByRole('button', { name: 'Retry delivery' })).toBeNull();
    expect(screen.getByText(/Handled by Ada/)).toBeTruthy();
    expect(
      (screen.getByRole('button', { name: 'Mark as not handled' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });
});

describe('replyLink', () => {
  it('addresses the visitor and quotes their message', () => {
    const link = replyLink(failed);
    expect(link.startsWith('mailto:fiona%40example.com?subject=Re%3A%20your%20message')).toBe(true);
    expect(decodeURIComponent(link)).toContain('> Is the lamp back?\n> Thanks');
  });
});
