import { isRefusal, type Refusal } from '../../utils/domain/transfer.ts';
import { fail } from './errors.ts';

/** Answers a domain refusal as the HttpsError it names. */
export function refuse(refusal: Refusal | null): void {
  if (refusal) fail(refusal.code, refusal.message, refusal.details);
}

/** The chosen value, or the refusal answered as an HttpsError. */
export function unlessRefused<T>(value: T | Refusal): T {
  if (isRefusal(value)) fail(value.code, value.message, value.details);
  return value as T;
}
