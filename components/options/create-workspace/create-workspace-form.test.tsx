import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CreateWorkspaceFormView } from './create-workspace-form.tsx';

afterEach(cleanup);

const type = (label: string, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('CreateWorkspaceFormView', () => {
  it('names every field and says what is wrong before anything is sent', async () => {
    const onCreated = vi.fn();
    render(<CreateWorkspaceFormView onCreated={onCreated} />);
    type('Workspace name', 'Acme Lamps');
    type('Your name', 'Ada Founder');
    type('Email', 'ada@acme.test');
    type('Password', 'short');
    type('Confirm password', 'shorter');
    fireEvent.click(screen.getByRole('button', { name: 'Create workspace' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Use at least 10 characters.');
    expect(alert.textContent).toContain('The two passwords are different.');
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('refuses a malformed email address', async () => {
    render(<CreateWorkspaceFormView onCreated={() => {}} />);
    type('Workspace name', 'Acme Lamps');
    type('Your name', 'Ada Founder');
    type('Email', 'ada-at-acme');
    type('Password', 'Copper-Lantern-Dusk-9');
    type('Confirm password', 'Copper-Lantern-Dusk-9');
    // Past the browser's own type=email check (a submit event as a browser without it sends).
    fireEvent.submit(screen.getByRole('form', { name: 'Create a workspace' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/doesn't look right/);
  });
});
