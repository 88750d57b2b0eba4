// Every deployed function, by its public name (docs/architecture.md "Callables" and
// "Schedules"; region us-central1).
export { acceptChat } from './callables/accept-chat.ts';
export { acceptTransfer } from './callables/accept-transfer.ts';
export { advanceOffer } from './callables/advance-offer.ts';
export { backfillHistory } from './callables/backfill-history.ts';
export { blockVisitor } from './callables/block-visitor.ts';
export { closeBillingPeriod } from './callables/close-billing-period.ts';
export { closeChat } from './callables/close-chat.ts';
export { createOperator } from './callables/create-operator.ts';
export { createWorkspace } from './callables/create-workspace.ts';
export { declineTransfer } from './callables/decline-transfer.ts';
export { deleteOperator } from './callables/delete-operator.ts';
export { emailTranscript } from './callables/email-transcript.ts';
export { inviteOperator } from './callables/invite-operator.ts';
export { liftBlock } from './callables/lift-block.ts';
export { rateChat } from './callables/rate-chat.ts';
export { refreshVerification } from './callables/refresh-verification.ts';
export { requestTransfer } from './callables/request-transfer.ts';
export { resetSipPassword } from './callables/reset-sip-password.ts';
export { startChat } from './callables/start-chat.ts';
export { submitOfflineMessage } from './callables/submit-offline-message.ts';
export { updateOfflineMessage } from './callables/update-offline-message.ts';
export { updateOperator } from './callables/update-operator.ts';
export { widgetStatus } from './callables/widget-status.ts';
export { housekeeping, monthlyBilling } from './scheduled/schedules.ts';
export { reportChat, reportOfflineMessage } from './triggers/reports.ts';
export {
  departmentSummary,
  operatorSummary,
  presenceSummary,
  urlRouteSummary,
} from './triggers/summaries.ts';
