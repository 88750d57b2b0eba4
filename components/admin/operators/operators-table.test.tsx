import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OperatorDoc } from '../../../utils/data/admin/operators.ts';
import type { PresenceState } from '../../../utils/domain/model.ts';
import { OperatorsTable, type OperatorsTableProps } from './operators-table.tsx';

afterEach(cleanup);

const operator = (
  id: string,
  displayName: string,
  extra: Partial<OperatorDoc> = {},
): OperatorDoc => ({
  id,
  displayName,
  email: `${id}@parley.test`,
  role: 'normal',
  active: true,
  maxChats: 5,
  createdAt: new Date(0),
  ...extra,
});

const operators = [
  operator('ada', 'Ada', { role: 'admin' }),
  operator('nora', 'Nora'),
  operator('olga', 'Olga', { active: false }),
];
const presence: Record<string, PresenceState> = { ada: 'online', nora: 'away' };

function setup(overrides: Partial<OperatorsTableProps> = {}) {
  const props: OperatorsTableProps = {
    operators,
    presenceOf: (uid) => presence[uid] ?? 'offline',
    selfUid: 'ada',
    onEdit: vi.fn(),
    onDelete: vi.fn(),
    onStartChat: vi.fn(),
    ...overrides,
  };
  render(<OperatorsTable {...props} />);
  return props;
}

const row = (name: string) =>
  screen.getByRole('rowheader', { name: new RegExp(name) }).closest('tr') as HTMLElement;

describe('OperatorsTable', () => {
  it('lists each operator with role, account state and presence', () => {
    setup();
    expect(within(row('Ada')).getByText('Administrator')).toBeTruthy();
    expect(within(row('Ada')).getByText('(you)')).toBeTruthy();
    expect(within(row('Ada')).getByText('Online')).toBeTruthy();
    expect(within(row('Nora')).getByText('Normal')).toBeTruthy();
    expect(within(row('Nora')).getByText('Away')).toBeTruthy();
    expect(within(row('Olga')).getByText('Inactive')).toBeTruthy();
    expect(within(row('Olga')).getByText('Offline')).toBeTruthy();
  });

  it('offers Edit profile, Start Chat and Delete for a colleague, and runs them', () => {
    const props = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Actions for Nora' }));
    expect(screen.getAllByRole('menuitem').map((m) => m.textContent)).toEqual([
      'Edit profile',
      'Start Chat',
      'Delete',
    ]);
    fireEvent.click(screen.getByRole('menuitem', { name: 'Start Chat' }));
    expect(props.onStartChat).toHaveBeenCalledWith(operators[1]);
    fireEvent.click(screen.getByRole('button', { name: 'Actions for Nora' }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Delete' }));
    expect(props.onDelete).toHaveBeenCalledWith(operators[1]);
  });

  it('never offers to chat with or delete yourself, nor to chat with an inactive account', () => {
    const props = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Actions for Ada' }));
    expect(screen.getAllByRole('menuitem').map((m) => m.textContent)).toEqual(['Edit profile']);
    fireEvent.click(screen.getByRole('menuitem', { name: 'Edit profile' }));
    expect(props.onEdit).toHaveBeenCalledWith(operators[0]);
    fireEvent.click(screen.getByRole('button', { name: 'Actions for Olga' }));
    expect(screen.getAllByRole('menuitem').map((m) => m.textContent)).toEqual([
      'Edit profile',
      'Delete',
    ]);
  });

  it('says what to do when there is nobody yet', () => {
    setup({ operators: [] });
    expect(screen.getByText(/No operators yet/)).toBeTruthy();
  });
});
