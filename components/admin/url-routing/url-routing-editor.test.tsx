import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UrlRouteDoc } from '../../../utils/data/collections/url-routes.ts';
import { UrlRoutingEditor, type UrlRoutingProps } from './url-routing-editor.tsx';

afterEach(cleanup);

const routes: UrlRouteDoc[] = [{ id: 'r1', pattern: 'shop.example/help', operatorIds: ['otto'] }];
const operators = [
  { id: 'nora', displayName: 'Nora' },
  { id: 'otto', displayName: 'Otto' },
];

function setup(overrides: Partial<UrlRoutingProps> = {}) {
  const props: UrlRoutingProps = {
    operators,
    routes,
    routingMode: 'departments',
    onAdd: vi.fn(async () => {}),
    onUpdate: vi.fn(async () => {}),
    onDelete: vi.fn(async () => {}),
    onEnable: vi.fn(async () => {}),
    ...overrides,
  };
  render(<UrlRoutingEditor {...props} />);
  return props;
}

const address = () => screen.getByRole('textbox', { name: 'Website or page address' });

describe('UrlRoutingEditor', () => {
  it('lists the rules with their operators', () => {
    setup();
    expect(screen.getByText('shop.example/help')).toBeTruthy();
    expect(screen.getByText('→ Otto')).toBeTruthy();
  });

  it('adds a routing rule from the address and the operators moved in', async () => {
    const props = setup();
    fireEvent.input(address(), { target: { value: 'shop.example/pricing' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add Nora to Operators for this address' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add routing' }));
    await waitFor(() =>
      expect(props.onAdd).toHaveBeenCalledWith({
        pattern: 'shop.example/pricing',
        operatorIds: ['nora'],
      }),
    );
    await screen.findByText('Added routing for shop.example/pricing.');
    expect((address() as HTMLInputElement).value).toBe('');
  });

  it('shows a refusal next to the rule form and keeps what was typed', async () => {
    setup({ onAdd: vi.fn(async () => Promise.reject(new Error('Enter a website address.'))) });
    fireEvent.input(address(), { target: { value: 'bad address' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add routing' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Enter a website address.');
    expect(alert.closest('form')).toBe(address().closest('form'));
    expect((address() as HTMLInputElement).value).toBe('bad address');
  });

  it('edits an existing rule in the same form', async () => {
    const props = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Edit routing for shop.example/help' }));
    expect((address() as HTMLInputElement).value).toBe('shop.example/help');
    fireEvent.click(screen.getByRole('button', { name: 'Add Nora to Operators for this address' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save routing' }));
    await waitFor(() =>
      expect(props.onUpdate).toHaveBeenCalledWith('r1', {
        pattern: 'shop.example/help',
        operatorIds: ['otto', 'nora'],
      }),
    );
  });

  it('deletes a rule after asking', async () => {
    const props = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Delete routing for shop.example/help' }));
    expect(props.onDelete).not.toHaveBeenCalled();
    fireEvent.click(
      screen.getByRole('button', { name: 'Yes, delete routing for shop.example/help' }),
    );
    await waitFor(() => expect(props.onDelete).toHaveBeenCalledWith(routes[0]));
  });

  it('enabling URL routing says department routing was turned off', async () => {
    const props = setup();
    expect(screen.getByText(/Department routing is on now/)).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Enable URL routing' }));
    await waitFor(() => expect(props.onEnable).toHaveBeenCalledWith(true));
    await screen.findByText(/Department routing has been turned off/);
  });

  it('is checked when routing by URL, and unticking goes back to all operators', async () => {
    const props = setup({ routingMode: 'url' });
    const box = screen.getByRole('checkbox', { name: 'Enable URL routing' }) as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    await waitFor(() => expect(props.onEnable).toHaveBeenCalledWith(false));
    await screen.findByText('Chats now go to every available operator.');
  });

  it('tells which rule a page address would use', () => {
    setup();
    const tester = screen.getByRole('textbox', { name: 'Try a page address' });
    fireEvent.input(tester, { target: { value: 'https://shop.example/help/faq' } });
    expect(screen.getByText('Matches shop.example/help: offered to Otto.')).toBeTruthy();
    fireEvent.input(tester, { target: { value: 'https://other.example/' } });
    expect(screen.getByText(/No rule matches/)).toBeTruthy();
  });
});
