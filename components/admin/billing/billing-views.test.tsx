import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClosePeriodForm } from './close-period-form.tsx';
import { FeeSummary } from './fee-summary.tsx';
import { InvoicesTable } from './invoices-table.tsx';
import { SeatRule } from './seat-rule.tsx';

afterEach(cleanup);

describe('FeeSummary', () => {
  it('says a month is billed for its peak of active seats', () => {
    render(<SeatRule />);
    const text = screen.getByTestId('seat-rule').textContent ?? '';
    expect(text).toMatch(/peak of active seats/);
    expect(text).toMatch(/deactivated or deleted during a month is still billed for that month/);
    expect(text).toMatch(/older month bills that month's seats/);
  });
  it('multiplies the seat price by the active seats', () => {
    render(<FeeSummary seats={3} seatPrice={1900} currency="EUR" />);
    expect(screen.getByTestId('monthly-fee').textContent).toBe(
      '3 active seats × €19.00 = €57.00 a month',
    );
  });
});

describe('InvoicesTable', () => {
  it('lists invoices with money formatted in their currency', () => {
    render(
      <InvoicesTable
        invoices={[
          {
            id: '2026-10',
            period: '2026-10',
            seats: 3,
            seatPrice: 1900,
            total: 5700,
            currency: 'EUR',
            status: 'paid',
            issuedAt: new Date('2026-11-01T00:00:00Z'),
          },
        ]}
      />,
    );
    const row = screen.getByRole('row', { name: /2026-10/ });
    expect(row.textContent).toContain('€57.00');
    expect(row.textContent).toContain('Paid');
    expect(row.textContent).toContain('2026-11-01');
  });

  it('has an empty state', () => {
    render(<InvoicesTable invoices={[]} />);
    expect(screen.getByText(/No invoices yet/)).toBeTruthy();
  });
});

describe('ClosePeriodForm', () => {
  const now = new Date('2026-11-15T00:00:00Z');

  it('proposes last month and reports the issued invoice', async () => {
    const onClosePeriod = vi.fn(async () => ({
      invoiceId: '2026-10',
      created: true,
      seats: 3,
      total: 5700,
      currency: 'EUR',
    }));
    render(<ClosePeriodForm now={now} onClosePeriod={onClosePeriod} />);
    expect((screen.getByLabelText('Billing period') as HTMLInputElement).value).toBe('2026-10');
    fireEvent.click(screen.getByRole('button', { name: 'Issue invoice' }));
    await waitFor(() => expect(onClosePeriod).toHaveBeenCalledWith('2026-10'));
    expect((await screen.findByRole('status')).textContent).toBe(
      'Invoice 2026-10 issued: 3 seat(s), €57.00.',
    );
  });

  it('refuses a month that has not ended, without calling the server', async () => {
    const onClosePeriod = vi.fn();
    render(<ClosePeriodForm now={now} onClosePeriod={onClosePeriod} />);
    fireEvent.input(screen.getByLabelText('Billing period'), { target: { value: '2026-11' } });
    fireEvent.click(screen.getByRole('button', { name: 'Issue invoice' }));
    expect((await screen.findByRole('alert')).textContent).toContain("hasn't ended yet");
    expect(onClosePeriod).not.toHaveBeenCalled();
  });

  it('shows the callable refusal next to the form', async () => {
    const refusal = Object.assign(new Error('Only an administrator can close a billing period.'), {
      name: 'CallableError',
    });
    render(<ClosePeriodForm now={now} onClosePeriod={() => Promise.reject(refusal)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Issue invoice' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Only an administrator can close a billing period.',
    );
  });
});
