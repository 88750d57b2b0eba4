import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DepartmentForm } from './department-form.tsx';

afterEach(cleanup);

const operators = [
  { id: 'nora', displayName: 'Nora' },
  { id: 'otto', displayName: 'Otto' },
];

describe('DepartmentForm', () => {
  it('follows the manual: type a name, move operators in, Add department', () => {
    const onSubmit = vi.fn();
    render(<DepartmentForm operators={operators} busy={false} error={null} onSubmit={onSubmit} />);
    fireEvent.input(screen.getByRole('textbox', { name: 'Department name' }), {
      target: { value: 'Returns' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add Otto to Department operators' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add department' }));
    expect(onSubmit).toHaveBeenCalledWith({ name: 'Returns', operatorIds: ['otto'] });
  });

  it('edits a department in place and can be cancelled', () => {
    const onSubmit = vi.fn();
    const onCancel = vi.fn();
    render(
      <DepartmentForm
        operators={operators}
        editing={{ name: 'Sales', operatorIds: ['nora'] }}
        busy={false}
        error={null}
        onSubmit={onSubmit}
        onCancel={onCancel}
      />,
    );
    expect(
      (screen.getByRole('textbox', { name: 'Department name' }) as HTMLInputElement).value,
    ).toBe('Sales');
    fireEvent.click(screen.getByRole('button', { name: 'Remove Nora from Department operators' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save department' }));
    expect(onSubmit).toHaveBeenCalledWith({ name: 'Sales', operatorIds: [] });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel editing' }));
    expect(onCancel).toHaveBeenCalled();
  });

  it('shows the error beside the form', () => {
    render(
      <DepartmentForm
        operators={operators}
        busy={false}
        error='There is already a department called "Sales".'
        onSubmit={() => {}}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('already a department');
  });
});
