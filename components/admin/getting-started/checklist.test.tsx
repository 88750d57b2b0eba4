import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Checklist } from './checklist.tsx';

afterEach(cleanup);

describe('Checklist', () => {
  it('shows progress, what is done and links to what is not', () => {
    render(
      <Checklist
        facts={{
          emailVerified: true,
          operatorCount: 3,
          departmentCount: 0,
          urlRouteCount: 0,
          cannedCount: 0,
          onboarding: undefined,
        }}
        verifyActions={<button type="button">I've verified it</button>}
      />,
    );
    expect(screen.getByRole('status').textContent).toBe('2 of 6 done.');
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(6);
    expect(items[0]!.textContent).toContain('Verify your email address (done)');
    expect(items[2]!.textContent).toContain('(to do)');
    expect(screen.getByRole('link', { name: 'Open Canned responses' }).getAttribute('href')).toBe(
      '#canned-responses',
    );
    expect(screen.getByRole('link', { name: 'Open Widget install' }).getAttribute('href')).toBe(
      '#widget-install',
    );
    // The verification buttons appear only while the email is unverified.
    expect(screen.queryByRole('button', { name: "I've verified it" })).toBeNull();
  });
});
