import type { RefreshVerificationResponse } from '../../../utils/domain/callables.ts';
import { requireOperator } from '../auth-guard.ts';
import { callable } from '../callable.ts';
import { workspaceRef } from '../data/workspaces.ts';
import { fail } from '../errors.ts';
import { valid } from '../input.ts';
import { validateWorkspaceRequest } from '../requests.ts';
import { isWorkspaceLive } from '../workspace-status.ts';

/**
 * An operator of the workspace (the creator, having just opened the verification link) asks
 * for the verification to be looked at now, so the widget goes live without waiting for the
 * next widget check and the checklist shows it.
 */
export const refreshVerification = callable(
  'refreshVerification',
  async (request): Promise<RefreshVerificationResponse> => {
    const { workspaceId } = valid(validateWorkspaceRequest(request.data));
    requireOperator(request, workspaceId);
    const workspace = (await workspaceRef(workspaceId).get()).data();
    if (!workspace)
      fail('not-found', 'This workspace does not exist.', { reason: 'workspace-missing' });
    return { verified: await isWorkspaceLive(workspaceId, workspace) };
  },
);
