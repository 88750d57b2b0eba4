import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LIMITS } from '../app/validation.ts';
import type { WidgetStatus } from '../data/types.ts';
import { Welcome } from './welcome.tsx';

afterEach(cleanup);

const allMode: WidgetStatus = { available: true, routingMode: 'all', departments: [] };
const departments: WidgetStatus = {
  available: true,
  routingMode: 'departments',
  departments: [
    { id: 'sales', name: 'Sales', available: true },
    { id: 'support', name: 'Support', available: false },
  ],
};

const type = (label: RegExp | string, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('Welcome screen', () => {
  it('asks for a name and an optional email, without departments in "all" mode', () => {
    render(<Welcome status={allMode} busy={false} error={null} onStart={() => {}} />);
    expect(screen.getByRole('textbox', { name: 'Your name' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Email (optional)' })).toBeTruthy();
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.getByRole('button', { name: 'Start chat' })).toBeTruthy();
  });

  it('offers "Choose Department" when the workspace routes by department', () => {
    const onStart = vi.fn();
    render(<Welcome status={departments} busy={false} error={null} onStart={onStart} />);
    const select = screen.getByRole('combobox', { name: 'Choose Department' }) as HTMLSelectElement;
    const options = [...select.options].map((o) => o.textContent);
    expect(options).toEqual(['Select a department…', 'Sales', 'Support (leave a message)']);

    type('Your name', 'Ann');
    fireEvent.click(screen.getByRole('button', { name: 'Start chat' }));
    expect(onStart).not.toHaveBeenCalled();
    expect(screen.getByText('Please choose a department.')).toBeTruthy();
    expect(select.getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(select, { target: { value: 'sales' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start chat' }));
    expect(onStart).toHaveBeenCalledWith({ visitorName: 'Ann', departmentId: 'sales' });
  });

  it('sends the normalized name and email', () => {
    const onStart = vi.fn();
    render(<Welcome status={allMode} busy={false} error={null} onStart={onStart} />);
    type('Your name', '  مريم  ');
    type('Email (optional)', 'maryam@EXAMPLE.org');
    fireEvent.submit(screen.getByRole('button', { name: 'Start chat' }).closest('form')!);
    expect(onStart).toHaveBeenCalledWith({
      visitorName: 'مريم',
      visitorEmail: 'maryam@example.org',
    });
  });

  it('refuses an oversize name and a malformed email with clear, linked messages', () => {
    const onStart = vi.fn();
    render(<Welcome status={allMode} busy={false} error={null} onStart={onStart} />);
    type('Your name', 'n'.repeat(LIMITS.visitorName + 5));
    type('Email (optional)', 'nobody@');
    fireEvent.click(screen.getByRole('button', { name: 'Start chat' }));
    expect(onStart).not.toHaveBeenCalled();
    const name = screen.getByLabelText('Your name');
    const error = document.getElementById(name.getAttribute('aria-describedby')!)!;
    expect(error.textContent).toMatch(`at most ${LIMITS.visitorName} characters`);
    expect(screen.getByText(/doesn't look right/)).toBeTruthy();
  });

  it('shows a server error as an alert and disables the button while busy', () => {
    render(<Welcome status={allMode} busy error="Too many chats." onStart={() => {}} />);
    expect(screen.getByRole('alert').textContent).toBe('Too many chats.');
    expect((screen.getByRole('button', { name: 'Starting…' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });
});
