import type {
  CreateOperatorRequest,
  CreateOperatorResponse,
  DeleteOperatorResponse,
  InviteOperatorRequest,
  InviteOperatorResponse,
  UpdateOperatorRequest,
} from '../../domain/callables.ts';
import type { Role } from '../../domain/model.ts';
import { chosenPasswordErrors } from '../../domain/password-policy.ts';
import {
  validateDisplayName,
  validateEmail,
  validateMaxChats,
  validateRole,
} from '../../domain/validation.ts';
import { call } from '../callables.ts';
import type { OperatorDoc } from '../collections/operators.ts';
import { InputError, valueOrThrow } from '../errors.ts';
import { problemsMessage } from '../problem-message.ts';

export type { OperatorDoc };

/**
 * Operator accounts: read live from Firestore (utils/data/operators.ts converter), changed only
 * through the createOperator / updateOperator / deleteOperator callables, which also set the
 * custom claims and write the audit log. The functions validate again; checking here first puts
 * the message next to the field without a round trip.
 */

export const byDisplayName = (a: OperatorDoc, b: OperatorDoc) =>
  a.displayName.localeCompare(b.displayName) || a.id.localeCompare(b.id);

export interface OperatorForm {
  displayName: string;
  email: string;
  role: Role;
  maxChats: string | number;
  active?: boolean;
  password: string;
  confirm: string;
}

/** The Add form's request; empty password fields mean "generate one" (the seed manual). */
export function createRequestFrom(workspaceId: string, form: OperatorForm): CreateOperatorRequest {
  const displayName = valueOrThrow(validateDisplayName(form.displayName));
  const email = valueOrThrow(validateEmail(form.email));
  const role = valueOrThrow(validateRole(form.role));
  const maxChats = valueOrThrow(validateMaxChats(form.maxChats));
  const password = chosenPasswordErrors(form.password, form.confirm, { email, displayName });
  if (password.issues.length > 0) throw new InputError(problemsMessage(password.issues));
  return {
    workspaceId,
    displayName,
    email,
    role,
    maxChats,
    ...(password.generate ? {} : { password: form.password }),
  };
}

/**
 * The Edit form's request with only what changed; a new password only when typed (and then it
 * must pass the policy and match its confirmation). `self` limits it to what an operator may
 * change on their own account (display name and password).
 */
export function updateRequestFrom(
  workspaceId: string,
  original: OperatorDoc,
  form: OperatorForm,
  self = false,
): UpdateOperatorRequest {
  const request: UpdateOperatorRequest = { workspaceId, uid: original.id };
  const displayName = valueOrThrow(validateDisplayName(form.displayName));
  if (displayName !== original.displayName) request.displayName = displayName;
  if (!self) {
    const email = valueOrThrow(validateEmail(form.email));
    if (email !== original.email) request.email = email;
    const role = valueOrThrow(validateRole(form.role));
    if (role !== original.role) request.role = role;
    const maxChats = valueOrThrow(validateMaxChats(form.maxChats));
    if (maxChats !== original.maxChats) request.maxChats = maxChats;
    if (form.active !== undefined && form.active !== original.active) request.active = form.active;
  }
  if (form.password !== '' || form.confirm !== '') {
    const password = chosenPasswordErrors(form.password, form.confirm, {
      email: original.email,
      displayName,
    });
    if (password.issues.length > 0) throw new InputError(problemsMessage(password.issues));
    request.password = form.password;
  }
  return request;
}

export function createOperator(request: CreateOperatorRequest): Promise<CreateOperatorResponse> {
  return call('createOperator', request);
}

export function updateOperator(request: UpdateOperatorRequest) {
  return call('updateOperator', request);
}

export function deleteOperator(workspaceId: string, uid: string): Promise<DeleteOperatorResponse> {
  return call('deleteOperator', { workspaceId, uid });
}

/** The Invite form's request: like Add, without a password (the operator chooses their own). */
export function inviteRequestFrom(
  workspaceId: string,
  form: Pick<OperatorForm, 'displayName' | 'email' | 'role' | 'maxChats'>,
  siteUrl: string,
): InviteOperatorRequest {
  return {
    workspaceId,
    displayName: valueOrThrow(validateDisplayName(form.displayName)),
    email: valueOrThrow(validateEmail(form.email)),
    role: valueOrThrow(validateRole(form.role)),
    maxChats: valueOrThrow(validateMaxChats(form.maxChats)),
    siteUrl,
  };
}

export function inviteOperator(request: InviteOperatorRequest): Promise<InviteOperatorResponse> {
  return call('inviteOperator', request);
}

/** SIP Info's "Generate SIP password" (the operator themself or an admin); shown once. */
export function resetSipPassword(workspaceId: string, uid: string) {
  return call('resetSipPassword', { workspaceId, uid });
}
