import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GeneratedPassword } from './generated-password.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('GeneratedPassword', () => {
  it('shows the password once, copies it, and says it will not be shown again', async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const onDone = vi.fn();
    render(
      <GeneratedPassword
        name="Paula"
        email="paula@parley.test"
        password="s3cret-Generated-16"
        onDone={onDone}
      />,
    );
    expect(screen.getByText('s3cret-Generated-16')).toBeTruthy();
    expect(screen.getByText(/shown only once/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: "Copy Paula's password" }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith('s3cret-Generated-16'));
    await screen.findByText('Copied');
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(onDone).toHaveBeenCalled();
  });
});
