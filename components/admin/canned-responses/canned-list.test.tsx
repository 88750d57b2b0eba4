import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CannedResponseDoc } from '../../../utils/data/admin/canned-responses.ts';
import { CannedList } from './canned-list.tsx';

afterEach(cleanup);

const hello: CannedResponseDoc = {
  id: 'hello',
  shortcut: 'hello',
  text: 'Hello %VISITOR%',
  createdBy: 'ada',
  updatedAt: new Date(0),
};

describe('CannedList', () => {
  it('is read-only for normal operators', () => {
    render(<CannedList responses={[hello]} />);
    expect(screen.getByText('/hello')).toBeTruthy();
    expect(screen.getByText('Hello %VISITOR%')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('gives administrators Edit and Delete (after a confirmation)', () => {
    const onEdit = vi.fn();
    const onDelete = vi.fn();
    render(<CannedList responses={[hello]} onEdit={onEdit} onDelete={onDelete} />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit /hello' }));
    expect(onEdit).toHaveBeenCalledWith(hello);
    fireEvent.click(screen.getByRole('button', { name: 'Delete /hello' }));
    expect(onDelete).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete /hello' }));
    expect(onDelete).toHaveBeenCalledWith(hello);
  });

  it('has an empty state for each role', () => {
    render(<CannedList responses={[]} />);
    expect(screen.getByText('No canned responses yet.')).toBeTruthy();
    cleanup();
    render(<CannedList responses={[]} onEdit={() => {}} onDelete={() => {}} />);
    expect(screen.getByText(/Add one to answer common questions/)).toBeTruthy();
  });
});
