import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SipInfo } from './sip-info.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const sip = {
  uri: 'sip:nora@demo.chat.parley.test',
  username: 'nora',
  domain: 'demo.chat.parley.test',
  proxy: '127.0.0.1:5060',
  transports: ['UDP', 'TCP'],
};

describe('SipInfo', () => {
  it('shows what a SIP client needs, each with a named copy button', async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    render(<SipInfo sip={sip} name="Nora" workspaceId="demo" uid="u1" canGenerate />);
    expect(screen.getByRole('heading', { name: 'SIP Info' })).toBeTruthy();
    for (const label of ['SIP address', 'User name', 'Domain', 'Proxy']) {
      expect(screen.getByRole('button', { name: `Copy ${label} of Nora` })).toBeTruthy();
    }
    expect(screen.getByText('UDP or TCP')).toBeTruthy();
    expect(screen.getByText(/Not set yet/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Generate SIP password' })).toBeTruthy();
    expect(screen.getByText('How to set up Linphone')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Copy User name of Nora' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith('nora'));
  });

  it('asks before replacing a password that is set, and hides the button from others', () => {
    const set = { ...sip, passwordSetAt: new Date('2026-12-01T10:00:00Z') };
    const { rerender } = render(
      <SipInfo sip={set} name="Nora" workspaceId="demo" uid="u1" canGenerate />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Generate a new SIP password' }));
    expect(screen.getByRole('group', { name: /Replace the SIP password/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Keep the current one' }));
    expect(screen.queryByRole('button', { name: 'Replace SIP password' })).toBeNull();
    rerender(<SipInfo sip={set} name="Nora" workspaceId="demo" uid="u1" canGenerate={false} />);
    expect(screen.queryByRole('button', { name: /Generate/ })).toBeNull();
  });
});
