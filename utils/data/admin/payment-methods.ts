import {
  collection,
  type DocumentData,
  doc,
  type Firestore,
  type FirestoreDataConverter,
  type QueryDocumentSnapshot,
  type SnapshotOptions,
  writeBatch,
} from 'firebase/firestore';
import type { PaymentMethod, WithId } from '../../domain/model.ts';
import { paths } from '../../domain/paths.ts';
import { dataOf, num, str } from '../convert.ts';
import { appendAudit } from './audit-log.ts';
import type { AdminContext } from './context.ts';
import type { CardFields } from './payment-card.ts';

export type PaymentMethodDoc = WithId<PaymentMethod>;

export function paymentMethodFromData(id: string, data: Record<string, unknown>): PaymentMethodDoc {
  const last4 = str(data.last4);
  return {
    id,
    brand: str(data.brand, 'card'),
    // Never show more than four digits, whatever a document holds.
    last4: last4.slice(-4),
    expMonth: num(data.expMonth),
    expYear: num(data.expYear),
    holder: str(data.holder),
    isDefault: data.isDefault === true,
  };
}

/** Exactly the allowed keys; a full card number has nowhere to go. */
export const paymentMethodConverter: FirestoreDataConverter<PaymentMethodDoc, DocumentData> = {
  toFirestore(method) {
    const { brand, last4, expMonth, expYear, holder, isDefault } = method as PaymentMethod;
    return { brand, last4, expMonth, expYear, holder, isDefault };
  },
  fromFirestore(snapshot: QueryDocumentSnapshot, options?: SnapshotOptions) {
    return paymentMethodFromData(snapshot.id, dataOf(snapshot, options));
  },
};

export const paymentMethodsCollection = (db: Firestore, ws: string) =>
  collection(db, paths.paymentMethods(ws)).withConverter(paymentMethodConverter);

/** Default first, then by brand and digits. */
export const byDefaultThenBrand = (a: PaymentMethodDoc, b: PaymentMethodDoc) =>
  Number(b.isDefault) - Number(a.isDefault) ||
  a.brand.localeCompare(b.brand) ||
  a.last4.localeCompare(b.last4);

/** Saves a card (validated with validateCard). The first card, or `makeDefault`, becomes default. */
export async function addPaymentMethod(
  context: AdminContext,
  card: CardFields,
  existing: readonly PaymentMethodDoc[],
  makeDefault: boolean,
): Promise<string> {
  const isDefault = makeDefault || existing.length === 0;
  const ref = doc(paymentMethodsCollection(context.db, context.workspaceId));
  const batch = writeBatch(context.db);
  if (isDefault) clearDefaults(batch, context, existing);
  batch.set(ref, { id: ref.id, ...card, isDefault });
  appendAudit(batch, context, 'paymentMethod.added', ref.id, {
    brand: card.brand,
    last4: card.last4,
  });
  await batch.commit();
  return ref.id;
}

/** Makes one card the default and clears the flag on the others, in one batch. */
export async function setDefaultPaymentMethod(
  context: AdminContext,
  id: string,
  existing: readonly PaymentMethodDoc[],
) {
  const batch = writeBatch(context.db);
  clearDefaults(
    batch,
    context,
    existing.filter((method) => method.id !== id),
  );
  batch.update(doc(context.db, paths.paymentMethod(context.workspaceId, id)), { isDefault: true });
  appendAudit(batch, context, 'paymentMethod.madeDefault', id);
  await batch.commit();
}

/** Removes a card; when it was the default, the next one (if any) becomes default. */
export async function removePaymentMethod(
  context: AdminContext,
  method: PaymentMethodDoc,
  existing: readonly PaymentMethodDoc[],
) {
  const batch = writeBatch(context.db);
  batch.delete(doc(context.db, paths.paymentMethod(context.workspaceId, method.id)));
  const next = existing.find((other) => other.id !== method.id);
  if (method.isDefault && next) {
    batch.update(doc(context.db, paths.paymentMethod(context.workspaceId, next.id)), {
      isDefault: true,
    });
  }
  appendAudit(batch, context, 'paymentMethod.removed', method.id, {
    brand: method.brand,
    last4: method.last4,
  });
  await batch.commit();
}

function clearDefaults(
  batch: ReturnType<typeof writeBatch>,
  context: AdminContext,
  methods: readonly PaymentMethodDoc[],
) {
  for (const method of methods) {
    if (method.isDefault)
      batch.update(doc(context.db, paths.paymentMethod(context.workspaceId, method.id)), {
        isDefault: false,
      });
  }
}
