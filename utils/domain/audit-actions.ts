/**
 * Every action the audit log records (docs/architecture.md "Data model", auditLog), for the audit
 * log panel's filter. The functions and the Control Panel write these names; a test keeps this
 * list and the code in step.
 */
export const AUDIT_ACTIONS = [
  'billing.closed',
  'canned.created',
  'canned.deleted',
  'canned.updated',
  'chat.viewed',
  'department.created',
  'history.backfilled',
  'history.purged',
  'department.deleted',
  'department.updated',
  'offlineMessage.handled',
  'offlineMessage.reopened',
  'offlineMessage.retried',
  'offlineRecipients.updated',
  'operator.created',
  'operator.deleted',
  'operator.invited',
  'operator.sipPasswordReset',
  'operator.updated',
  'paymentMethod.added',
  'paymentMethod.madeDefault',
  'paymentMethod.removed',
  'transfer.accepted',
  'transfer.cancelled',
  'transfer.declined',
  'transfer.requested',
  'urlRoute.created',
  'urlRoute.deleted',
  'urlRoute.updated',
  'visitor.blocked',
  'visitor.unblocked',
  'workspace.created',
  'workspace.retentionChanged',
  'workspace.routingChanged',
  'workspace.offersChanged',
  'workspace.timeoutsChanged',
  'workspace.widgetLookChanged',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
