/**
 * Whole-request validators for the callables, composed from the field validators of
 * utils/domain/validation.ts (the same rules the forms and the widget apply). Each returns the
 * clean request or the first problem as one message for invalid-argument.
 */

import { isValidPeriod } from '../../utils/domain/billing.ts';
import { BLOCK_DURATIONS, validateBlockReason } from '../../utils/domain/blocks.ts';
import type {
  AcceptTransferRequest,
  BackfillHistoryRequest,
  BlockVisitorRequest,
  CloseBillingPeriodRequest,
  CreateOperatorRequest,
  CreateWorkspaceRequest,
  DeleteOperatorRequest,
  EmailTranscriptRequest,
  InviteOperatorRequest,
  LiftBlockRequest,
  RateChatRequest,
  RequestTransferRequest,
  StartChatRequest,
  SubmitOfflineMessageRequest,
  UpdateOfflineMessageRequest,
  UpdateOperatorRequest,
  WidgetStatusRequest,
} from '../../utils/domain/callables.ts';
import { validateWorkspaceName } from '../../utils/domain/signup.ts';
import { normalizeSingleLine } from '../../utils/domain/text.ts';
import {
  cleanReferrer,
  DEFAULT_MAX_CHATS,
  LIMITS,
  type Problem,
  type Validation,
  validateDisplayName,
  validateDocumentId,
  validateEmail,
  validateMaxChats,
  validateOfflineMessageText,
  validateOptionalEmail,
  validatePageUrl,
  validateRatingComment,
  validateRole,
  validateVisitorName,
} from '../../utils/domain/validation.ts';

/** A malformed request (wrong shape or type), or a field validator's problem. */
class Invalid extends Error {
  constructor(
    message: string,
    readonly problem: Problem = { kind: 'bad-request' },
  ) {
    super(message);
  }
}

/** Takes a field validator's value or stops the request validation with its problem. */
function take<T>(result: Validation<T>): T {
  if (!result.ok) throw new Invalid(result.message, result.problem);
  return result.value;
}

function fields(input: unknown): Record<string, unknown> {
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    throw new Invalid('The request must be an object.');
  }
  return input as Record<string, unknown>;
}

const absent = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

const id = (value: unknown, label: string) => take(validateDocumentId(value, label));
const optionalId = (value: unknown, label: string) =>
  absent(value) ? undefined : id(value, label);

/**
 * A chosen password (empty = generate one). Only its type here: the callable checks it against
 * the policy (password-policy.ts) once it knows the account's name and email.
 */
function optionalPassword(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new Invalid('The password must be text.');
  return value;
}

function validate<T>(input: unknown, build: (data: Record<string, unknown>) => T): Validation<T> {
  try {
    return { ok: true, value: build(fields(input)) };
  } catch (error) {
    if (error instanceof Invalid)
      return { ok: false, message: error.message, problem: error.problem };
    throw error;
  }
}

const workspaceId = (data: Record<string, unknown>) => id(data.workspaceId, 'The workspace id');

export const validateWidgetStatusRequest = (input: unknown) =>
  validate<WidgetStatusRequest>(input, (d) => ({
    workspaceId: workspaceId(d),
    pageUrl: take(validatePageUrl(d.pageUrl)),
  }));

export const validateStartChatRequest = (input: unknown) =>
  validate<StartChatRequest>(input, (d) => ({
    workspaceId: workspaceId(d),
    visitorName: take(validateVisitorName(d.visitorName)),
    visitorEmail: take(validateOptionalEmail(d.visitorEmail)),
    departmentId: optionalId(d.departmentId, 'The department'),
    pageUrl: take(validatePageUrl(d.pageUrl)),
    referrer: cleanReferrer(d.referrer),
  }));

/** {workspaceId, chatId}: acceptChat, declineTransfer, closeChat. */
export const validateChatRequest = (input: unknown) =>
  validate<{ workspaceId: string; chatId: string }>(input, (d) => ({
    workspaceId: workspaceId(d),
    chatId: id(d.chatId, 'The chat id'),
  }));

export const validateEmailTranscriptRequest = (input: unknown) =>
  validate<EmailTranscriptRequest>(input, (d) => ({
    workspaceId: workspaceId(d),
    chatId: id(d.chatId, 'The chat id'),
    email: take(validateEmail(d.email, 'visitorEmail')),
  }));

export const validateRateChatRequest = (input: unknown) =>
  validate<RateChatRequest>(input, (d) => {
    if (d.rating !== 'good' && d.rating !== 'bad') throw new Invalid('Rate the chat good or bad.');
    const comment = take(validateRatingComment(d.comment));
    return {
      workspaceId: workspaceId(d),
      chatId: id(d.chatId, 'The chat id'),
      rating: d.rating,
      ...(comment ? { comment } : {}),
    };
  });

export const validateRequestTransferRequest = (input: unknown) =>
  validate<RequestTransferRequest>(input, (d) => {
    const toName = typeof d.toName === 'string' ? normalizeSingleLine(d.toName) : '';
    if (!toName) throw new Invalid('Name the operator to transfer to, e.g. /t Otto.');
    if (toName.length > LIMITS.displayName + LIMITS.email) {
      throw new Invalid('That operator name is too long.');
    }
    return { workspaceId: workspaceId(d), chatId: id(d.chatId, 'The chat id'), toName };
  });

export const validateAcceptTransferRequest = (input: unknown) =>
  validate<AcceptTransferRequest>(input, (d) => ({
    workspaceId: workspaceId(d),
    chatId: optionalId(d.chatId, 'The chat id'),
  }));

export const validateSubmitOfflineMessageRequest = (input: unknown) =>
  validate<SubmitOfflineMessageRequest>(input, (d) => ({
    workspaceId: workspaceId(d),
    name: take(validateVisitorName(d.name)),
    email: take(validateEmail(d.email, 'visitorEmail')),
    message: take(validateOfflineMessageText(d.message)),
    departmentId: optionalId(d.departmentId, 'The department'),
    pageUrl: take(validatePageUrl(d.pageUrl)),
  }));

export const validateCreateOperatorRequest = (input: unknown) =>
  validate<Required<Omit<CreateOperatorRequest, 'password'>> & { password?: string }>(
    input,
    (d) => ({
      workspaceId: workspaceId(d),
      email: take(validateEmail(d.email)),
      displayName: take(validateDisplayName(d.displayName)),
      role: take(validateRole(d.role)),
      password: optionalPassword(d.password),
      maxChats: d.maxChats === undefined ? DEFAULT_MAX_CHATS : take(validateMaxChats(d.maxChats)),
    }),
  );

export const validateUpdateOperatorRequest = (input: unknown) =>
  validate<UpdateOperatorRequest>(input, (d) => {
    const request: UpdateOperatorRequest = {
      workspaceId: workspaceId(d),
      uid: id(d.uid, 'The operator id'),
    };
    if (d.displayName !== undefined) request.displayName = take(validateDisplayName(d.displayName));
    if (d.email !== undefined) request.email = take(validateEmail(d.email));
    if (d.role !== undefined) request.role = take(validateRole(d.role));
    if (d.active !== undefined) {
      if (typeof d.active !== 'boolean') throw new Invalid('Active must be true or false.');
      request.active = d.active;
    }
    if (d.maxChats !== undefined) request.maxChats = take(validateMaxChats(d.maxChats));
    const password = optionalPassword(d.password);
    if (password !== undefined) request.password = password;
    return request;
  });

export const validateDeleteOperatorRequest = (input: unknown) =>
  validate<DeleteOperatorRequest>(input, (d) => ({
    workspaceId: workspaceId(d),
    uid: id(d.uid, 'The operator id'),
  }));

export const validateUpdateOfflineMessageRequest = (input: unknown) =>
  validate<UpdateOfflineMessageRequest>(input, (d) => {
    if (d.action !== 'retry' && d.action !== 'handled' && d.action !== 'reopen') {
      throw new Invalid('Choose retry, handled or reopen.');
    }
    return {
      workspaceId: workspaceId(d),
      id: id(d.id, 'The off-line message id'),
      action: d.action,
    };
  });

export const validateBackfillHistoryRequest = (input: unknown) =>
  validate<BackfillHistoryRequest>(input, (d) => {
    const after = optionalId(d.after, 'The chat id to continue after');
    return { workspaceId: workspaceId(d), ...(after ? { after } : {}) };
  });

export const validateCloseBillingPeriodRequest = (input: unknown) =>
  validate<CloseBillingPeriodRequest>(input, (d) => {
    if (!isValidPeriod(d.period)) {
      throw new Invalid('The period must be a month written YYYY-MM, e.g. 2026-11.');
    }
    return { workspaceId: workspaceId(d), period: d.period };
  });

export const validateCreateWorkspaceRequest = (input: unknown) =>
  validate<CreateWorkspaceRequest>(input, (d) => {
    if (typeof d.password !== 'string' || d.password === '')
      throw new Invalid('Choose a password.');
    return {
      workspaceName: take(validateWorkspaceName(d.workspaceName)),
      displayName: take(validateDisplayName(d.displayName)),
      email: take(validateEmail(d.email)),
      password: d.password,
    };
  });

export const validateInviteOperatorRequest = (input: unknown) =>
  validate<Required<Omit<InviteOperatorRequest, 'siteUrl'>> & { siteUrl?: string }>(input, (d) => ({
    workspaceId: workspaceId(d),
    email: take(validateEmail(d.email)),
    displayName: take(validateDisplayName(d.displayName)),
    role: take(validateRole(d.role)),
    maxChats: d.maxChats === undefined ? DEFAULT_MAX_CHATS : take(validateMaxChats(d.maxChats)),
    siteUrl: typeof d.siteUrl === 'string' && d.siteUrl !== '' ? d.siteUrl : undefined,
  }));

/** {workspaceId}: refreshVerification. */
export const validateWorkspaceRequest = (input: unknown) =>
  validate<{ workspaceId: string }>(input, (d) => ({ workspaceId: workspaceId(d) }));

export const validateBlockVisitorRequest = (input: unknown) =>
  validate<BlockVisitorRequest>(input, (d) => {
    const duration = BLOCK_DURATIONS.find((known) => known === d.duration);
    if (!duration) throw new Invalid('Choose how long the block lasts.');
    return {
      workspaceId: workspaceId(d),
      chatId: id(d.chatId, 'The chat id'),
      reason: take(validateBlockReason(d.reason)),
      duration,
    };
  });

export const validateLiftBlockRequest = (input: unknown) =>
  validate<LiftBlockRequest>(input, (d) => ({
    workspaceId: workspaceId(d),
    blockId: id(d.blockId, 'The block id'),
  }));
