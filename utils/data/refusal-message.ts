/**
 * A callable's refusal in the extension's words: the reason the server attached
 * (utils/domain/refusals.ts) as its `refusal<Reason>` catalogue message, written out key by key so
 * the typecheck sees every reason handled and the convention test sees every key used.
 */
import type { RefusalDetails } from '../domain/refusals.ts';
import { t } from '../i18n.ts';
import { problemMessage } from './problem-message.ts';

export function refusalMessage(refusal: RefusalDetails): string {
  switch (refusal.reason) {
    case 'invalid-input':
      return problemMessage(refusal.problem);
    case 'not-signed-in':
      return t('refusalNotSignedIn');
    case 'not-an-operator':
      return t('refusalNotAnOperator');
    case 'admin-only':
      return t('refusalAdminOnly');
    case 'access-ended':
      return t('refusalAccessEnded');
    case 'workspace-missing':
      return t('refusalWorkspaceMissing');
    case 'chat-missing':
      return t('refusalChatMissing');
    case 'operator-missing':
      return t('refusalOperatorMissing');
    case 'department-missing':
      return t('refusalDepartmentMissing');
    case 'block-missing':
      return t('refusalBlockMissing');
    case 'offline-message-missing':
      return t('refusalOfflineMessageMissing');
    case 'rate-limited':
      // Limits are per second, minute and hour: say the wait as the server counts it.
      return refusal.seconds < 60
        ? t('refusalRateLimitedSeconds', refusal.seconds)
        : t('refusalRateLimited', Math.ceil(refusal.seconds / 60));
    case 'account-inactive':
      return t('refusalAccountInactive');
    case 'chat-limit':
      return t('refusalChatLimit', refusal.count);
    case 'email-taken':
      return t('refusalEmailTaken', refusal.email);
    case 'weak-password':
      return t('refusalWeakPassword');
    case 'last-admin':
      return t('refusalLastAdmin');
    case 'last-admin-delete':
      return t('refusalLastAdminDelete');
    case 'others-account':
      return t('refusalOthersAccount');
    case 'admin-fields':
      return t('refusalAdminFields', refusal.fields);
    case 'sip-password-not-yours':
      return t('refusalSipPasswordNotYours');
    case 'visitor-rates':
      return t('refusalVisitorRates');
    case 'rating-before-end':
      return t('refusalRatingBeforeEnd');
    case 'transcript-not-yours':
      return t('refusalTranscriptNotYours');
    case 'transcript-before-end':
      return t('refusalTranscriptBeforeEnd');
    case 'unverified-workspace':
      return t('refusalUnverifiedWorkspace');
    case 'invitation-mail-failed':
      return t('refusalInvitationMailFailed', refusal.error);
    case 'already-accepted':
      return t('refusalAlreadyAccepted');
    case 'no-longer-waiting':
      return t('refusalNoLongerWaiting');
    case 'not-offered':
      return t('refusalNotOffered');
    case 'close-not-allowed':
      return t('refusalCloseNotAllowed');
    case 'offline-inbox-only':
      return t('refusalOfflineInboxOnly');
    case 'delivery-not-failed':
      return t('refusalDeliveryNotFailed');
    case 'chat-not-live':
      return t('refusalChatNotLive');
    case 'messages-not-live':
      return t('refusalMessagesNotLive');
    case 'block-not-allowed':
      return t('refusalBlockNotAllowed');
    case 'blocked':
      return t('refusalBlocked');
    case 'not-your-chat':
      return t('refusalNotYourChat');
    case 'transfer-inactive-chat':
      return t('refusalTransferInactiveChat');
    case 'transfer-not-yours':
      return t('refusalTransferNotYours');
    case 'transfer-has-chat':
      return t('refusalTransferHasChat', refusal.name);
    case 'transfer-deactivated':
      return t('refusalTransferDeactivated', refusal.name);
    case 'transfer-offline':
      return t('refusalTransferOffline', refusal.name);
    case 'transfer-pending':
      return t('refusalTransferPending');
    case 'transfer-unknown-name':
      return t('refusalTransferUnknownName', refusal.name);
    case 'transfer-to-self':
      return t('refusalTransferToSelf');
    case 'transfer-ambiguous':
      return t('refusalTransferAmbiguous', refusal.name, refusal.matches);
    case 'no-transfer-to-accept':
      return t('refusalNoTransferToAccept');
    case 'transfer-for-someone-else':
      return t('refusalTransferForSomeoneElse');
    case 'transfer-expired':
      return t('refusalTransferExpired');
    case 'chat-ended':
      return t('refusalChatEnded');
    case 'chat-changed-hands':
      return t('refusalChatChangedHands');
    case 'no-transfer-to-decline':
      return t('refusalNoTransferToDecline');
    case 'transfer-not-yours-to-decline':
      return t('refusalTransferNotYoursToDecline');
    case 'no-transfer-waiting':
      return t('refusalNoTransferWaiting');
    case 'transfers-waiting':
      return t('refusalTransfersWaiting', refusal.count);
    case 'bad-period':
      return t('refusalBadPeriod');
    case 'period-not-ended':
      return t('refusalPeriodNotEnded', refusal.period);
    case 'nothing-to-accept':
      return t('refusalNothingToAccept');
    case 'accept-first':
      return t('refusalAcceptFirst');
    case 'nothing-to-send':
      return t('refusalNothingToSend');
    case 'chat-no-longer-yours':
      return t('refusalChatNoLongerYours');
    case 'no-command':
      return t('refusalNoCommand');
    case 'transfer-needs-name':
      return t('refusalTransferNeedsName');
    case 'accept-takes-nothing':
      return t('refusalAcceptTakesNothing');
    case 'shortcut-alone':
      return t('refusalShortcutAlone', refusal.shortcut);
    case 'unknown-canned':
      return t('refusalUnknownCanned', refusal.shortcut);
  }
}
