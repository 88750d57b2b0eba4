/** closeBillingPeriod and the monthly schedule's body: one invoice per period, from active seats. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBillingPeriodFor } from '../../../functions/src/billing.ts';
import { closeLastMonth } from '../../../functions/src/scheduled/schedules.ts';
import { periodBounds, periodOf, periodToClose } from '../../../utils/domain/billing.ts';
import {
  admin,
  type Client,
  closeClients,
  expectError,
  makeWorkspace,
  read,
  signedIn,
  type TestWorkspace,
} from './support.ts';

afterAll(closeClients);

let team: TestWorkspace;
let ada: Client;

beforeAll(async () => {
  team = await makeWorkspace({
    seatPrice: 1900,
    operators: [
      { key: 'ada', role: 'admin' },
      { key: 'nora' },
      { key: 'otto' },
      { key: 'olga', active: false },
    ],
  });
  ada = await signedIn(team.ops.ada);
});

describe('closeBillingPeriod', () => {
  it('invoices the active seats once per period', async () => {
    const first = await ada.call('closeBillingPeriod', { workspaceId: team.ws, period: '2025-01' });
    expect(first).toEqual({
      invoiceId: '2025-01',
      created: true,
      seats: 3,
      total: 5700,
      currency: 'EUR',
    });
    expect(await read(team.ws, 'invoices/2025-01')).toMatchObject({
      period: '2025-01',
      seats: 3,
      seatPrice: 1900,
      total: 5700,
      currency: 'EUR',
      status: 'open',
    });

    // A seat more changes nothing for a closed period: the same invoice comes back.
    await admin()
      .db.doc(`workspaces/${team.ws}/operators/${team.ops.olga!.uid}`)
      .update({ active: true });
    const again = await ada.call('closeBillingPeriod', { workspaceId: team.ws, period: '2025-01' });
    expect(again).toEqual({ ...first, created: false });
    const twice = await Promise.all([
      ada.call('closeBillingPeriod', { workspaceId: team.ws, period: '2025-02' }),
      ada.call('closeBillingPeriod', { workspaceId: team.ws, period: '2025-02' }),
    ]);
    expect(twice.filter((r) => r.created)).toHaveLength(1);
    const audit = await admin()
      .db.collection(`workspaces/${team.ws}/auditLog`)
      .where('action', '==', 'billing.closed')
      .get();
    expect(audit.docs.map((d) => d.data().target).sort()).toEqual(['2025-01', '2025-02']);
  });

  it('refuses unfinished and malformed periods', async () => {
    await expectError(
      ada.call('closeBillingPeriod', { workspaceId: team.ws, period: periodOf(new Date()) }),
      'failed-precondition',
      /hasn't ended/,
    );
    await expectError(
      ada.call('closeBillingPeriod', { workspaceId: team.ws, period: '2025-13' }),
      'invalid-argument',
    );
    await expectError(ada.call('closeBillingPeriod', { workspaceId: team.ws }), 'invalid-argument');
  });

  it('is for admins of the workspace only', async () => {
    const other = await makeWorkspace({ operators: [{ key: 'eve', role: 'admin' }] });
    const request = { workspaceId: team.ws, period: '2025-03' };
    await expectError(
      (await signedIn(team.ops.nora)).call('closeBillingPeriod', request),
      'permission-denied',
    );
    await expectError(
      (await signedIn(other.ops.eve)).call('closeBillingPeriod', request),
      'permission-denied',
    );
    await expectError((await signedIn()).call('closeBillingPeriod', request), 'permission-denied');
    expect(await read(team.ws, 'invoices/2025-03')).toBeUndefined();
  });
});

describe('seats billed: the peak of active seats in the period (ADR 005)', () => {
  const thisMonth = periodOf(new Date());
  /** The moment this month may be closed: the first instant of the next one. */
  const monthEnd = periodBounds(thisMonth).end;

  it('deactivating everyone but the admin on the last day still bills the month they worked', async () => {
    const shop = await makeWorkspace({
      seatPrice: 1000,
      operators: [{ key: 'ada', role: 'admin' }, { key: 'nora' }, { key: 'otto' }],
    });
    const shopAdmin = await signedIn(shop.ops.ada);
    for (const key of ['nora', 'otto'])
      await shopAdmin.call('updateOperator', {
        workspaceId: shop.ws,
        uid: shop.ops[key]!.uid,
        active: false,
      });
    const closed = await closeBillingPeriodFor(shop.ws, thisMonth, 'system', monthEnd);
    expect(closed).toMatchObject({ created: true, seats: 3, total: 3000 });
    expect(await read(shop.ws, `seatUsage/${thisMonth}`)).toMatchObject({
      startSeats: 3,
      peakSeats: 3,
      endSeats: 1,
    });
  });

  it("closing an older month bills that month's seats, not today's", async () => {
    const shop = await makeWorkspace({
      seatPrice: 1000,
      operators: [{ key: 'ada', role: 'admin' }, { key: 'nora' }],
    });
    const shopAdmin = await signedIn(shop.ops.ada);
    // This month the team grows to four; last month it was two.
    for (const name of ['pia', 'rex'])
      await shopAdmin.call('createOperator', {
        workspaceId: shop.ws,
        email: `${name}.${shop.ws}@parley.test`,
        displayName: name,
        role: 'normal',
      });
    const lastMonth = await shopAdmin.call('closeBillingPeriod', {
      workspaceId: shop.ws,
      period: periodToClose(new Date()),
    });
    expect(lastMonth).toMatchObject({ created: true, seats: 2, total: 2000 });
    const closed = await closeBillingPeriodFor(shop.ws, thisMonth, 'system', monthEnd);
    expect(closed).toMatchObject({ seats: 4, total: 4000 });
  });
});

describe('the monthly schedule', () => {
  it('closes last month with the same code, keeping an invoice an admin already made', async () => {
    const period = periodToClose(new Date());
    const fresh = await makeWorkspace({
      operators: [{ key: 'ada', role: 'admin' }, { key: 'nora' }],
    });
    const byAdmin = await ada.call('closeBillingPeriod', { workspaceId: team.ws, period });
    const { results } = await closeLastMonth(new Date(), [team.ws, fresh.ws]);
    expect(results).toEqual([
      { ws: team.ws, ...byAdmin, created: false },
      { ws: fresh.ws, invoiceId: period, created: true, seats: 2, total: 3800, currency: 'EUR' },
    ]);
    expect((await closeLastMonth(new Date(), [fresh.ws])).results[0]).toMatchObject({
      created: false,
    });
  });
});
