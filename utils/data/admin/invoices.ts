import type { CloseBillingPeriodResponse } from '../../domain/callables.ts';
import { call } from '../callables.ts';

/** Issues the invoice for a finished month now (idempotent: an existing one is returned). */
export function closeBillingPeriod(
  workspaceId: string,
  period: string,
): Promise<CloseBillingPeriodResponse> {
  return call('closeBillingPeriod', { workspaceId, period });
}
