import { collection, type Firestore } from 'firebase/firestore';
import type { PaymentMethod, WithId } from '../../domain/model.ts';
import { paths } from '../../domain/paths.ts';
import { converter, num, str } from '../convert.ts';

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
export const paymentMethodConverter = converter<PaymentMethodDoc>(
  paymentMethodFromData,
  (method) => {
    const { brand, last4, expMonth, expYear, holder, isDefault } = method as PaymentMethod;
    return { brand, last4, expMonth, expYear, holder, isDefault };
  },
);

export const paymentMethodsCollection = (db: Firestore, ws: string) =>
  collection(db, paths.paymentMethods(ws)).withConverter(paymentMethodConverter);

/** Default first, then by brand and digits. */
export const byDefaultThenBrand = (a: PaymentMethodDoc, b: PaymentMethodDoc) =>
  Number(b.isDefault) - Number(a.isDefault) ||
  a.brand.localeCompare(b.brand) ||
  a.last4.localeCompare(b.last4);
