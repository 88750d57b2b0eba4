// TEMPORARY: stand-in for utils/domain/validation.ts until it lands; delete then.
import type {
  AcceptChatRequest,
  AcceptTransferRequest,
  CloseBillingPeriodRequest,
  CreateOperatorRequest,
  DeleteOperatorRequest,
  RequestTransferRequest,
  StartChatRequest,
  SubmitOfflineMessageRequest,
  UpdateOperatorRequest,
  WidgetStatusRequest,
} from '../../../utils/domain/callables.ts';

export type Validated<T> = { ok: true; value: T } | { ok: false; error: string };

class Invalid extends Error {}
const ID = /^[A-Za-z0-9_-]{1,128}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function object(input: unknown): Record<string, unknown> {
  if (!input || typeof input !== 'object' || Array.isArray(input))
    throw new Invalid('Expected an object.');
  return input as Record<string, unknown>;
}
function id(o: Record<string, unknown>, key: string): string {
  const v = o[key];
  if (typeof v !== 'string' || !ID.test(v)) throw new Invalid(`${key} must be an id.`);
  return v;
}
function optId(o: Record<string, unknown>, key: string): string | undefined {
  return o[key] === undefined || o[key] === null || o[key] === '' ? undefined : id(o, key);
}
function text(o: Record<string, unknown>, key: string, max: number, min = 1): string {
  const v = o[key];
  if (typeof v !== 'string') throw new Invalid(`${key} must be text.`);
  const t = v.trim();
  if (t.length < min) throw new Invalid(`${key} is required.`);
  if (t.length > max) throw new Invalid(`${key} is too long (at most ${max} characters).`);
  return t;
}
function optText(o: Record<string, unknown>, key: string, max: number): string | undefined {
  return o[key] === undefined || o[key] === null || o[key] === '' ? undefined : text(o, key, max);
}
function email(o: Record<string, unknown>, key: string): string {
  const v = text(o, key, 254).toLowerCase();
  if (!EMAIL.test(v)) throw new Invalid(`${key} is not a valid email address.`);
  return v;
}
function optEmail(o: Record<string, unknown>, key: string): string | undefined {
  return o[key] === undefined || o[key] === null || o[key] === '' ? undefined : email(o, key);
}
function role(o: Record<string, unknown>, key: string): 'admin' | 'normal' {
  if (o[key] !== 'admin' && o[key] !== 'normal')
    throw new Invalid(`${key} must be admin or normal.`);
  return o[key] as 'admin' | 'normal';
}
function password(o: Record<string, unknown>, key: string): string | undefined {
  const v = o[key];
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'string' || v.length < 8 || v.length > 128)
    throw new Invalid('password must have 8 to 128 characters.');
  return v;
}
function maxChats(o: Record<string, unknown>, key: string): number | undefined {
  const v = o[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 50)
    throw new Invalid('maxChats must be 1 to 50.');
  return v;
}
const url = (o: Record<string, unknown>, key: string) => text(o, key, 2048, 0);

function wrap<T>(run: () => T): Validated<T> {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: error.message };
    throw error;
  }
}

export const validateWidgetStatus = (input: unknown) =>
  wrap<WidgetStatusRequest>(() => {
    const o = object(input);
    return { workspaceId: id(o, 'workspaceId'), pageUrl: url(o, 'pageUrl') };
  });
export const validateStartChat = (input: unknown) =>
  wrap<StartChatRequest>(() => {
    const o = object(input);
    return {
      workspaceId: id(o, 'workspaceId'),
      visitorName: text(o, 'visitorName', 80),
      visitorEmail: optEmail(o, 'visitorEmail'),
      departmentId: optId(o, 'departmentId'),
      pageUrl: url(o, 'pageUrl'),
      referrer: optText(o, 'referrer', 2048),
    };
  });
export const validateChatRef = (input: unknown) =>
  wrap<AcceptChatRequest>(() => {
    const o = object(input);
    return { workspaceId: id(o, 'workspaceId'), chatId: id(o, 'chatId') };
  });
export const validateAcceptTransfer = (input: unknown) =>
  wrap<AcceptTransferRequest>(() => {
    const o = object(input);
    return { workspaceId: id(o, 'workspaceId'), chatId: optId(o, 'chatId') };
  });
export const validateRequestTransfer = (input: unknown) =>
  wrap<RequestTransferRequest>(() => {
    const o = object(input);
    return {
      workspaceId: id(o, 'workspaceId'),
      chatId: id(o, 'chatId'),
      toName: text(o, 'toName', 80),
    };
  });
export const validateSubmitOfflineMessage = (input: unknown) =>
  wrap<SubmitOfflineMessageRequest>(() => {
    const o = object(input);
    return {
      workspaceId: id(o, 'workspaceId'),
      name: text(o, 'name', 80),
      email: email(o, 'email'),
      message: text(o, 'message', 4000),
      departmentId: optId(o, 'departmentId'),
      pageUrl: url(o, 'pageUrl'),
    };
  });
export const validateCreateOperator = (input: unknown) =>
  wrap<CreateOperatorRequest>(() => {
    const o = object(input);
    return {
      workspaceId: id(o, 'workspaceId'),
      email: email(o, 'email'),
      displayName: text(o, 'displayName', 80),
      role: role(o, 'role'),
      password: password(o, 'password'),
      maxChats: maxChats(o, 'maxChats'),
    };
  });
export const validateUpdateOperator = (input: unknown) =>
  wrap<UpdateOperatorRequest>(() => {
    const o = object(input);
    return {
      workspaceId: id(o, 'workspaceId'),
      uid: id(o, 'uid'),
      displayName: o.displayName === undefined ? undefined : text(o, 'displayName', 80),
      email: o.email === undefined ? undefined : email(o, 'email'),
      role: o.role === undefined ? undefined : role(o, 'role'),
      active: o.active === undefined ? undefined : o.active === true,
      maxChats: maxChats(o, 'maxChats'),
      password: password(o, 'password'),
    };
  });
export const validateDeleteOperator = (input: unknown) =>
  wrap<DeleteOperatorRequest>(() => {
    const o = object(input);
    return { workspaceId: id(o, 'workspaceId'), uid: id(o, 'uid') };
  });
export const validateCloseBillingPeriod = (input: unknown) =>
  wrap<CloseBillingPeriodRequest>(() => {
    const o = object(input);
    const period = o.period;
    if (typeof period !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(period))
      throw new Invalid('period must be YYYY-MM.');
    return { workspaceId: id(o, 'workspaceId'), period };
  });
