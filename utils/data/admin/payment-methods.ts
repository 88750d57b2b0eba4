import { doc, writeBatch } from 'firebase/firestore';
import { paths } from '../../domain/paths.ts';
import { appendAudit } from '../collections/audit-log.ts';
import { type PaymentMethodDoc, paymentMethodsCollection } from '../collections/payment-methods.ts';
import type { AdminContext } from './context.ts';
import type { CardFields } from './payment-card.ts';

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
