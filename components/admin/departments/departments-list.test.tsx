import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DepartmentsList } from './departments-list.tsx';

afterEach(cleanup);

describe('DepartmentsList', () => {
  const sales = { id: 'sales', name: 'Sales', operatorIds: ['nora', 'gone'] };

  it('lists departments with member names, Edit and a confirmed Delete', () => {
    const onEdit = vi.fn();
    const onDelete = vi.fn();
    render(
      <DepartmentsList
        departments={[sales]}
        nameOf={(uid) => (uid === 'nora' ? 'Nora' : 'removed operator')}
        onEdit={onEdit}
        onDelete={onDelete}
        deleting={null}
      />,
    );
    expect(screen.getByText('Nora, removed operator')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Edit department Sales' }));
    expect(onEdit).toHaveBeenCalledWith(sales);
    fireEvent.click(screen.getByRole('button', { name: 'Delete department Sales' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete department Sales' }));
    expect(onDelete).toHaveBeenCalledWith(sales);
  });

  it('has an empty state', () => {
    render(
      <DepartmentsList
        departments={[]}
        nameOf={String}
        onEdit={() => {}}
        onDelete={() => {}}
        deleting={null}
      />,
    );
    expect(screen.getByText(/No departments yet/)).toBeTruthy();
  });
});
