import type { InviteOperatorResponse } from '../../../utils/domain/callables.ts';
import type { OperatorClaims } from '../../../utils/domain/model.ts';
import { INVITATION_LIMIT } from '../../../utils/domain/signup.ts';
import { auth, db } from '../admin.ts';
import { requireOperator } from '../auth-guard.ts';
import { callable } from '../callable.ts';
import { writeAudit } from '../data/audit-log.ts';
import { operatorPrivateRef, operatorRef } from '../data/operators.ts';
import { workspaceRef } from '../data/workspaces.ts';
import { fail } from '../errors.ts';
import { valid } from '../input.ts';
import { invitationLink, siteUrlFor } from '../invitation-link.ts';
import { composeInvitationMail } from '../mail/invitation.ts';
import { sendMail } from '../mail/send.ts';
import { MAIL_SECRETS } from '../mail/smtp-secret.ts';
import { assertEmailFree, createAccount, orDeleteAccount, writeNewOperator } from '../operators.ts';
import { generatePassword } from '../password.ts';
import { consumeRateLimit } from '../rate-limit.ts';
import { validateInviteOperatorRequest } from '../requests.ts';
import { recordSeats } from '../seats.ts';
import { isWorkspaceLive } from '../workspace-status.ts';

/**
 * Admin invites an operator, the alternative to choosing their password (createOperator): the
 * account is made with a random password nobody sees, and the operator gets an email (the same
 * SMTP path as off-line messages) with a one-time link to choose their own. Only a verified
 * workspace sends invitations, at most INVITATION_LIMIT an hour, so sign-up can't buy a mail
 * relay. If the mail can't be sent nothing is kept, and the admin can simply try again.
 */
export const inviteOperator = callable(
  'inviteOperator',
  async (request): Promise<InviteOperatorResponse> => {
    const input = valid(validateInviteOperatorRequest(request.data));
    const ws = input.workspaceId;
    const caller = requireOperator(request, ws, 'admin');
    const [workspace, inviter, inviterPrivate] = await Promise.all([
      workspaceRef(ws).get(),
      operatorRef(ws, caller.uid).get(),
      operatorPrivateRef(ws, caller.uid).get(),
    ]);
    const workspaceData = workspace.data();
    if (!workspaceData)
      fail('not-found', 'This workspace does not exist.', { reason: 'workspace-missing' });
    if (!(await isWorkspaceLive(ws, workspaceData))) {
      fail('failed-precondition', 'Verify your email address before sending invitations.', {
        reason: 'unverified-workspace',
      });
    }
    await consumeRateLimit(ws, caller.uid, 'invitation', [INVITATION_LIMIT], 'invitations sent');
    await assertEmailFree(input.email);

    const user = await createAccount({
      email: input.email,
      password: generatePassword(),
      displayName: input.displayName,
    });
    // The month's seat record starts from the count before this seat (billing, ADR 005).
    await recordSeats(ws);
    await orDeleteAccount(user.uid, async () => {
      const claims: OperatorClaims = { ws, role: input.role };
      await auth().setCustomUserClaims(user.uid, claims);
      const firebaseLink = await auth().generatePasswordResetLink(input.email);
      const inviterName = inviter.data()?.displayName ?? 'Your administrator';
      const mail = composeInvitationMail({
        workspaceName: workspaceData.name,
        inviteeName: input.displayName,
        inviterName,
        inviterEmail: inviterPrivate.data()?.email ?? String(request.auth?.token.email ?? ''),
        link: invitationLink(firebaseLink, siteUrlFor(input.siteUrl)),
      });
      await sendMail([input.email], mail).catch((error: Error) =>
        fail(
          'failed-precondition',
          `The invitation email could not be sent (${error.message}). Nothing was changed; try again.`,
          { reason: 'invitation-mail-failed', error: error.message },
        ),
      );
      const batch = db().batch();
      await writeNewOperator(batch, ws, user.uid, input);
      writeAudit(
        ws,
        {
          actor: caller.uid,
          action: 'operator.invited',
          target: user.uid,
          details: { email: input.email, role: input.role },
        },
        batch,
      );
      await batch.commit();
    });
    await recordSeats(ws);
    return { uid: user.uid, sentTo: input.email };
  },
  MAIL_SECRETS,
);
