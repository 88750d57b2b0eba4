/**
 * What each role may do (docs/architecture.md "Who may do what" and the seed manual's
 * Normal-role limits), for the UI to show or hide things and for the functions to refuse.
 * firestore.rules enforces the same table for direct reads and writes; this module is the
 * readable statement of it.
 */
import type { Chat, Role } from './model.ts';
import type { RefusalDetails } from './refusals.ts';

export const ACTIONS = [
  'operators.read',
  'operators.create',
  'operators.update',
  'operators.delete',
  'profile.updateOwn',
  'presence.setOwn',
  'cannedResponses.read',
  'cannedResponses.manage',
  'departments.read',
  'departments.manage',
  'urlRoutes.manage',
  'offlineSettings.manage',
  'offlineMessages.read',
  'workspace.updateSettings',
  'chats.viewOthers',
  'internalChats.start',
  'invoices.read',
  'billing.closePeriod',
  'paymentMethods.manage',
  'auditLog.read',
  /** block the visitor of one's own chat (ADR 010) */
  'visitors.block',
  /** see and lift blocks (Control Panel, Blocked visitors) */
  'blocks.manage',
] as const;
export type Action = (typeof ACTIONS)[number];

const NORMAL_MAY: ReadonlySet<Action> = new Set<Action>([
  'operators.read',
  'profile.updateOwn',
  'presence.setOwn',
  'cannedResponses.read',
  'departments.read',
  'internalChats.start',
  'visitors.block',
]);

/** Admins may do everything inside their own workspace; normal operators the listed subset. */
export function can(role: Role | null | undefined, action: Action): boolean {
  if (role === 'admin') return true;
  if (role === 'normal') return NORMAL_MAY.has(action);
  return false;
}

/**
 * The seed manual's list ("Normal - this operator will not be able to: …"), each mapped to the
 * actions it forbids. Tests assert every line is denied to a normal operator.
 */
export const NORMAL_ROLE_LIMITS: readonly { manual: string; actions: readonly Action[] }[] = [
  { manual: 'add new user account', actions: ['operators.create'] },
  { manual: "view other operator's chat sessions", actions: ['chats.viewOthers'] },
  { manual: 'view invoices', actions: ['invoices.read'] },
  { manual: 'manage save credit cards', actions: ['paymentMethods.manage'] },
];

/** Control-panel panels (the options page) and who sees them. */
export const PANELS = [
  'operators',
  'profile',
  'cannedResponses',
  'departments',
  'offlineMessages',
  'urlRouting',
  'billing',
  'widgetInstall',
  'auditLog',
  'gettingStarted',
  'history',
  'reports',
  'blockedVisitors',
] as const;
export type Panel = (typeof PANELS)[number];

/** Normal operators see only their profile and the canned responses (issue 4). */
export function visiblePanels(role: Role): Panel[] {
  return role === 'admin' ? [...PANELS] : ['profile', 'cannedResponses'];
}

export interface Actor {
  uid: string;
  role: Role;
}

/** Fields updateOperator may change, by who asks. */
export const SELF_EDITABLE_FIELDS = ['displayName', 'password'] as const;

/**
 * Why `actor` may not change `fields` of operator `targetUid`, or null when allowed: an admin may
 * change anything, an operator only their own display name and password.
 */
export function operatorUpdateError(
  actor: Actor,
  targetUid: string,
  fields: readonly string[],
): { message: string; details: RefusalDetails } | null {
  if (actor.role === 'admin') return null;
  if (actor.uid !== targetUid)
    return {
      message: "Only an administrator can change another operator's account.",
      details: { reason: 'others-account' },
    };
  const forbidden = fields.filter(
    (field) => !(SELF_EDITABLE_FIELDS as readonly string[]).includes(field),
  );
  if (forbidden.length > 0)
    return {
      message: `Only an administrator can change ${forbidden.join(', ')}; you can change your display name and password.`,
      details: { reason: 'admin-fields', fields: forbidden.join(', ') },
    };
  return null;
}

/**
 * The last active administrator must stay one: refuses demoting, deactivating or deleting them.
 * `operators` is the workspace's operator list before the change.
 */
export function lastAdminError(
  operators: readonly { id: string; role: Role; active: boolean }[],
  targetUid: string,
  change: { kind: 'delete' } | { kind: 'update'; role?: Role; active?: boolean },
): string | null {
  const target = operators.find((operator) => operator.id === targetUid);
  if (target?.role !== 'admin' || !target.active) return null;
  const losesAdmin =
    change.kind === 'delete' ||
    (change.role !== undefined && change.role !== 'admin') ||
    change.active === false;
  if (!losesAdmin) return null;
  const otherAdmins = operators.filter(
    (operator) => operator.id !== targetUid && operator.role === 'admin' && operator.active,
  );
  if (otherAdmins.length > 0) return null;
  return change.kind === 'delete'
    ? "This is the workspace's last administrator and can't be deleted; make someone else an administrator first."
    : "This is the workspace's last administrator; make someone else an administrator first.";
}

type ChatAccessFields = Pick<Chat, 'offeredTo' | 'operatorId' | 'transfer' | 'visitor'>;

/**
 * May an operator read this chat? Admins: every chat of their workspace (the seed's "view other
 * operator's chat sessions"). Normal operators: chats offered to them, assigned to them, or being
 * transferred to them. Mirrors firestore.rules.
 */
export function canReadChat(actor: Actor, chat: ChatAccessFields): boolean {
  if (actor.role === 'admin') return true;
  return (
    chat.operatorId === actor.uid ||
    chat.offeredTo.includes(actor.uid) ||
    chat.transfer?.to === actor.uid
  );
}

/** May an operator write messages in this chat? Its assigned operator or an admin, while active. */
export function canPostToChat(
  actor: Actor,
  chat: ChatAccessFields & Pick<Chat, 'status'>,
): boolean {
  if (chat.status !== 'active') return false;
  return actor.role === 'admin' || chat.operatorId === actor.uid;
}

/** Is this chat someone else's (shown read-only to an admin in the Contacts tab)? */
export function isOthersChat(actor: Actor, chat: ChatAccessFields): boolean {
  return chat.operatorId !== undefined && chat.operatorId !== actor.uid;
}
