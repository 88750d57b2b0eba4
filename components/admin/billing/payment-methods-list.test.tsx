import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PaymentMethodDoc } from '../../../utils/data/collections/payment-methods.ts';
import { PaymentMethodsList } from './payment-methods-list.tsx';

afterEach(cleanup);

const visa: PaymentMethodDoc = {
  id: 'v',
  brand: 'visa',
  last4: '4242',
  expMonth: 12,
  expYear: 2029,
  holder: 'Ada Lovelace',
  isDefault: true,
};
const amex: PaymentMethodDoc = {
  ...visa,
  id: 'a',
  brand: 'amex',
  last4: '0005',
  expYear: 2025,
  isDefault: false,
};
const now = new Date('2026-11-15T00:00:00Z');

describe('PaymentMethodsList', () => {
  it('shows brand, last 4, expiry, holder, the default and expired cards', () => {
    render(
      <PaymentMethodsList
        methods={[visa, amex]}
        now={now}
        busyId={null}
        onMakeDefault={() => {}}
        onRemove={() => {}}
      />,
    );
    expect(screen.getByText('Visa •••• 4242, expires 12/2029')).toBeTruthy();
    expect(screen.getByText('American Express •••• 0005, expires 12/2025')).toBeTruthy();
    expect(screen.getByText('Default')).toBeTruthy();
    expect(screen.getByText('Expired')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Make Visa/ })).toBeNull();
  });

  it('makes another card the default, and removes a card after asking', () => {
    const onMakeDefault = vi.fn();
    const onRemove = vi.fn();
    render(
      <PaymentMethodsList
        methods={[visa, amex]}
        now={now}
        busyId={null}
        onMakeDefault={onMakeDefault}
        onRemove={onRemove}
      />,
    );
    fireEvent.click(
      screen.getByRole('button', {
        name: 'Make American Express •••• 0005, expires 12/2025 the default card',
      }),
    );
    expect(onMakeDefault).toHaveBeenCalledWith(amex);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Visa •••• 4242, expires 12/2029' }));
    fireEvent.click(
      screen.getByRole('button', { name: 'Yes, remove Visa •••• 4242, expires 12/2029' }),
    );
    expect(onRemove).toHaveBeenCalledWith(visa);
  });

  it('has an empty state', () => {
    render(
      <PaymentMethodsList
        methods={[]}
        now={now}
        busyId={null}
        onMakeDefault={() => {}}
        onRemove={() => {}}
      />,
    );
    expect(screen.getByText(/No saved cards/)).toBeTruthy();
  });
});
