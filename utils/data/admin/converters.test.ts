import { describe, expect, it } from 'vitest';
import { auditEntryFromData } from '../collections/audit-log.ts';
import { invoiceFromData } from '../collections/invoices.ts';
import { offlineSettingsFromData } from '../collections/offline-settings.ts';
import { paymentMethodFromData } from '../collections/payment-methods.ts';
import { urlRouteFromData } from '../collections/url-routes.ts';
import { workspaceFromData } from '../collections/workspaces.ts';

const ts = (ms: number) => ({ toDate: () => new Date(ms) });

describe('admin converters read defensively', () => {
  it('workspace: routing mode, seat price and currency fall back to safe values', () => {
    expect(
      workspaceFromData('demo', {
        name: 'Demo Shop',
        seatPrice: 1900,
        currency: 'EUR',
        routingMode: 'url',
        createdAt: ts(1),
      }),
    ).toMatchObject({
      id: 'demo',
      name: 'Demo Shop',
      seatPrice: 1900,
      currency: 'EUR',
      routingMode: 'url',
    });
    expect(
      workspaceFromData('w', { seatPrice: -5, currency: 'nope', routingMode: 'x' }),
    ).toMatchObject({
      name: 'w',
      seatPrice: 0,
      currency: 'EUR',
      routingMode: 'all',
    });
  });

  it('workspace: timeouts are kept only when they are positive numbers', () => {
    const read = workspaceFromData('w', { queueTimeoutSeconds: 300, transferTimeoutSeconds: 0 });
    expect(read.queueTimeoutSeconds).toBe(300);
    expect('transferTimeoutSeconds' in read).toBe(false);
    expect(workspaceFromData('w', { transferTimeoutSeconds: '90' }).transferTimeoutSeconds).toBe(
      undefined,
    );
  });

  it('payment method: never more than four digits', () => {
    expect(
      paymentMethodFromData('c', {
        brand: 'visa',
        last4: '4242424242424242',
        expMonth: 1,
        expYear: 2030,
      }).last4,
    ).toBe('4242');
    expect(paymentMethodFromData('c', {})).toMatchObject({ brand: 'card', isDefault: false });
  });

  it('invoice, URL route, off-line settings and audit entries', () => {
    expect(invoiceFromData('2026-10', { seats: 3, total: 5700, status: 'weird' })).toMatchObject({
      period: '2026-10',
      seats: 3,
      total: 5700,
      status: 'open',
    });
    expect(urlRouteFromData('r', { pattern: 'a.example', operatorIds: ['x', 1] })).toEqual({
      id: 'r',
      pattern: 'a.example',
      operatorIds: ['x'],
    });
    expect(offlineSettingsFromData({ recipientIds: 'ada' })).toEqual({ recipientIds: [] });
    expect(
      auditEntryFromData('e', {
        actor: 'ada',
        action: 'department.created',
        target: 'sales',
        at: ts(5),
        details: { name: 'Sales', nested: { no: 1 }, count: 2 },
      }),
    ).toEqual({
      id: 'e',
      actor: 'ada',
      action: 'department.created',
      target: 'sales',
      at: new Date(5),
      details: { name: 'Sales', count: 2 },
    });
  });
});
