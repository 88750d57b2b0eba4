import type { CloseBillingPeriodResponse } from '../../../utils/domain/callables.ts';
import { requireOperator } from '../auth-guard.ts';
import { closeBillingPeriodFor } from '../billing.ts';
import { callable } from '../callable.ts';
import { valid } from '../input.ts';
import { validateCloseBillingPeriodRequest } from '../requests.ts';

/** Admin closes a finished month; idempotent (a second call returns the same invoice). */
export const closeBillingPeriod = callable(
  'closeBillingPeriod',
  async (request): Promise<CloseBillingPeriodResponse> => {
    const { workspaceId: ws, period } = valid(validateCloseBillingPeriodRequest(request.data));
    const caller = requireOperator(request, ws, 'admin');
    return closeBillingPeriodFor(ws, period, caller.uid);
  },
);
