import type { Transaction } from 'firebase-admin/firestore';
import { countActiveSeats, periodOf } from '../../utils/domain/billing.ts';
import { billedSeats, recordSeatCount } from '../../utils/domain/seat-usage.ts';
import { db } from './admin.ts';
import { operatorsCol } from './data/operators.ts';
import { seatUsageCol, seatUsageRef } from './data/seat-usage.ts';

/**
 * Records the workspace's active seats in this month's usage (seat-usage.ts): the operator
 * callables call it before a change of the count (so a month's record starts from what was
 * true) and after it (so the peak sees the new count). In a transaction, so two changes at once
 * never lose a peak.
 */
export async function recordSeats(ws: string, now = new Date()): Promise<void> {
  const period = periodOf(now);
  await db().runTransaction(async (tx) => {
    const ref = seatUsageRef(ws, period);
    const [existing, operators] = await Promise.all([
      tx.get(ref).then((snapshot) => snapshot.data()),
      tx.get(operatorsCol(ws)),
    ]);
    const count = countActiveSeats(operators.docs.map((d) => d.data()));
    const previous = existing
      ? undefined
      : (
          await tx.get(
            seatUsageCol(ws).where('period', '<', period).orderBy('period', 'desc').limit(1),
          )
        ).docs[0]?.data();
    const { id: _id, ...current } = existing ?? { id: period };
    const next = recordSeatCount(
      existing ? (current as typeof existing) : undefined,
      period,
      count,
      previous?.endSeats,
    );
    tx.set(ref, { id: period, ...next });
  });
}

/** The seats `period` is billed for, read inside the closing transaction. */
export async function seatsToBill(tx: Transaction, ws: string, period: string): Promise<number> {
  const [records, operators] = await Promise.all([
    tx.get(seatUsageCol(ws)),
    tx.get(operatorsCol(ws)),
  ]);
  return billedSeats(
    period,
    records.docs.map((d) => d.data()),
    countActiveSeats(operators.docs.map((d) => d.data())),
  );
}
