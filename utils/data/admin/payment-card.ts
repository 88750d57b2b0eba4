/**
 * What an admin may save about a card: brand, last 4 digits, expiry and holder — never the
 * number (docs/architecture.md "Data model"). No Firebase, so the form and its tests share it; the rules
 * check the same shape (brand [a-z]{2,20}, last4 four digits, month 1-12, year 2000-2100, not
 * expired, holder 1-80).
 */
import type { PaymentMethod } from '../../domain/model.ts';
import { normalizeSingleLine, textSize } from '../../domain/text.ts';
import { t } from '../../i18n.ts';

export const CARD_BRANDS = [
  { id: 'visa', label: 'Visa' },
  { id: 'mastercard', label: 'Mastercard' },
  { id: 'amex', label: 'American Express' },
  { id: 'discover', label: 'Discover' },
  { id: 'jcb', label: 'JCB' },
  { id: 'diners', label: 'Diners Club' },
  { id: 'unionpay', label: 'UnionPay' },
  { id: 'maestro', label: 'Maestro' },
] as const;

export const HOLDER_MAX = 80;

export interface CardInput {
  brand: string;
  last4: string;
  expMonth: string | number;
  expYear: string | number;
  holder: string;
}

export type CardFields = Omit<PaymentMethod, 'isDefault'>;

export function brandLabel(brand: string): string {
  return CARD_BRANDS.find((known) => known.id === brand)?.label ?? brand;
}

/** "Visa •••• 4242, expires 12/2029" */
export function describeCard(
  card: Pick<PaymentMethod, 'brand' | 'last4' | 'expMonth' | 'expYear'>,
) {
  return `${brandLabel(card.brand)} •••• ${card.last4}, expires ${String(card.expMonth).padStart(2, '0')}/${card.expYear}`;
}

/** Has the card's expiry month ended before `now` (a card is valid through its month)? */
export function isExpired(card: Pick<PaymentMethod, 'expMonth' | 'expYear'>, now: Date): boolean {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth() + 1;
  return card.expYear < year || (card.expYear === year && card.expMonth < month);
}

function whole(value: string | number): number {
  const text = String(value).trim();
  return /^\d+$/.test(text) ? Number(text) : Number.NaN;
}

/** The card fields to store, or every problem found (phrased for the form, from the catalogue). */
export function validateCard(
  input: CardInput,
  now: Date,
): { ok: true; value: CardFields } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const brand = input.brand.trim().toLowerCase();
  if (!CARD_BRANDS.some((known) => known.id === brand)) problems.push(t('cardChooseTheBrand'));

  const digits = input.last4.replace(/[\s-]/g, '');
  if (digits.length > 4 && /^\d+$/.test(digits)) problems.push(t('cardEnterOnlyTheLast4Digits'));
  else if (!/^\d{4}$/.test(digits)) problems.push(t('cardLast4MustBe4Digits'));

  const expMonth = whole(input.expMonth);
  let expYear = whole(input.expYear);
  if (expYear >= 0 && expYear < 100) expYear += 2000;
  const monthOk = expMonth >= 1 && expMonth <= 12;
  const yearOk = expYear >= 2000 && expYear <= 2100;
  if (!monthOk) problems.push(t('cardExpiryMonthMustBe1To12'));
  if (!yearOk) problems.push(t('cardExpiryYearMustBeAYear'));
  if (monthOk && yearOk && isExpired({ expMonth, expYear }, now))
    problems.push(t('cardHasExpired'));

  const holder = normalizeSingleLine(input.holder);
  if (holder === '') problems.push(t('cardEnterTheHolderName'));
  else if (textSize(holder) > HOLDER_MAX) problems.push(t('cardHolderNameAtMost', HOLDER_MAX));

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { brand, last4: digits, expMonth, expYear, holder } };
}
