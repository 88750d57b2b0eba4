import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AddCardForm } from './add-card-form.tsx';

afterEach(cleanup);

const now = new Date('2026-11-15T12:00:00Z');

function fill(values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) {
    const field = screen.getByLabelText(label) as HTMLInputElement | HTMLSelectElement;
    if (field.tagName === 'SELECT') fireEvent.change(field, { target: { value } });
    else fireEvent.input(field, { target: { value } });
  }
}

describe('AddCardForm', () => {
  it('saves brand, last 4, expiry and holder only', () => {
    const onSubmit = vi.fn();
    render(
      <AddCardForm now={now} busy={false} error={null} onSubmit={onSubmit} onCancel={() => {}} />,
    );
    fill({
      Brand: 'mastercard',
      'Last 4 digits': '5100',
      'Expiry month': '3',
      'Expiry year': '2028',
      'Card holder': '  Ada   Lovelace ',
    });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Make this the default card' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add card' }));
    expect(onSubmit).toHaveBeenCalledWith(
      { brand: 'mastercard', last4: '5100', expMonth: 3, expYear: 2028, holder: 'Ada Lovelace' },
      true,
    );
  });

  it('lists every problem and sends nothing', () => {
    const onSubmit = vi.fn();
    render(
      <AddCardForm now={now} busy={false} error={null} onSubmit={onSubmit} onCancel={() => {}} />,
    );
    fill({ 'Last 4 digits': '12', 'Expiry month': '10', 'Expiry year': '2026' });
    fireEvent.click(screen.getByRole('button', { name: 'Add card' }));
    const problems = screen.getByRole('alert').textContent ?? '';
    expect(problems).toContain('Choose the card brand.');
    expect(problems).toContain('exactly 4 digits');
    expect(problems).toContain('This card has expired.');
    expect(problems).toContain("Enter the card holder's name.");
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
