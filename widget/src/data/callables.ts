import type {
  CallableName,
  CallableRequest,
  CallableResponse,
} from '../../../utils/domain/callables.ts';
import { receivedLook } from '../app/look.ts';
import type {
  ChatRating,
  OfflineMessageInput,
  StartChatInput,
  StartChatResult,
  WidgetStatus,
} from './types.ts';

/** How a callable request is authenticated: the visitor's ID token, App Check when configured. */
export interface CallableCredentials {
  /** the callable's URL (production or the Functions emulator) */
  url: (name: CallableName) => string;
  idToken: () => Promise<string | null>;
  appCheckToken: () => Promise<string | null>;
}

/** What a refused call throws: `code` as the Firebase SDK names it (`functions/invalid-argument`). */
export class CallableError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'CallableError';
  }
}

/** The callables' own timeout (firebase/functions uses the same 70 s). */
const CALL_TIMEOUT_MS = 70_000;

/**
 * One callable over fetch, in the callable protocol (POST {data}, answered {result} or
 * {error: {status, message}}): the widget needs four callables, not the firebase/functions SDK.
 */
export async function callOverFetch<N extends CallableName>(
  credentials: CallableCredentials,
  name: N,
  request: CallableRequest<N>,
): Promise<CallableResponse<N>> {
  const [idToken, appCheckToken] = await Promise.all([
    credentials.idToken(),
    credentials.appCheckToken(),
  ]);
  const response = await fetch(credentials.url(name), {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(idToken ? { Authorization: `Bearer ${idToken}` } : {}),
      ...(appCheckToken ? { 'X-Firebase-AppCheck': appCheckToken } : {}),
    },
    body: JSON.stringify({ data: request }),
    signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
  });
  const body = (await response.json().catch(() => null)) as {
    result?: CallableResponse<N>;
    error?: { status?: string; message?: string };
  } | null;
  if (!response.ok || !body || body.error || !('result' in body)) {
    const status = body?.error?.status ?? (response.ok ? 'INTERNAL' : 'UNAVAILABLE');
    throw new CallableError(
      `functions/${status.toLowerCase().replaceAll('_', '-')}`,
      body?.error?.message ?? status,
    );
  }
  return body.result as CallableResponse<N>;
}

/**
 * The callables the widget uses (docs/architecture.md "Callables"), typed by
 * utils/domain/callables.ts.
 */
export function makeCallables(credentials: CallableCredentials, workspaceId: string) {
  const call = <N extends CallableName>(name: N, request: CallableRequest<N>) =>
    callOverFetch(credentials, name, request);

  return {
    async widgetStatus(pageUrl: string): Promise<WidgetStatus> {
      const data = await call('widgetStatus', { workspaceId, pageUrl });
      const look = receivedLook(data.look);
      return {
        available: data.available === true,
        routingMode: data.routingMode ?? 'all',
        departments: Array.isArray(data.departments) ? data.departments : [],
        ...(data.inactive === true ? { inactive: true } : {}),
        ...(look ? { look } : {}),
        ...(data.blocked === true ? { blocked: true } : {}),
      };
    },
    async startChat(
      input: StartChatInput,
      page: { pageUrl: string; referrer?: string },
    ): Promise<StartChatResult> {
      const data = await call('startChat', {
        workspaceId,
        ...withoutEmpty(input),
        ...withoutEmpty(page),
      });
      return 'chatId' in data && data.chatId ? { chatId: data.chatId } : { offline: true };
    },
    async submitOfflineMessage(input: OfflineMessageInput, pageUrl: string) {
      await call('submitOfflineMessage', { workspaceId, ...withoutEmpty(input), pageUrl });
    },
    async advanceOffer(chatId: string) {
      await call('advanceOffer', { workspaceId, chatId });
    },
    async closeChat(chatId: string) {
      await call('closeChat', { workspaceId, chatId });
    },
    async emailTranscript(chatId: string, email: string) {
      return (await call('emailTranscript', { workspaceId, chatId, email })).delivery;
    },
    async rateChat(chatId: string, rating: ChatRating, comment?: string) {
      await call('rateChat', { workspaceId, chatId, rating, ...withoutEmpty({ comment }) });
    },
  };
}

/** Optional fields are left out rather than sent empty (the callables validate what they get). */
function withoutEmpty<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && v !== ''),
  ) as T;
}
