import { type Functions, httpsCallable } from 'firebase/functions';
import type {
  CallableName,
  CallableRequest,
  CallableResponse,
} from '../../../utils/domain/callables.ts';
import type {
  ChatRating,
  OfflineMessageInput,
  StartChatInput,
  StartChatResult,
  WidgetStatus,
} from './types.ts';

/**
 * The callables the widget uses (docs/architecture.md "Callables"), typed by
 * utils/domain/callables.ts.
 */
export function makeCallables(functions: Functions, workspaceId: string) {
  const call = async <N extends CallableName>(name: N, request: CallableRequest<N>) =>
    (await httpsCallable<CallableRequest<N>, CallableResponse<N>>(functions, name)(request)).data;

  return {
    async widgetStatus(pageUrl: string): Promise<WidgetStatus> {
      const data = await call('widgetStatus', { workspaceId, pageUrl });
      return {
        available: data.available === true,
        routingMode: data.routingMode ?? 'all',
        departments: Array.isArray(data.departments) ? data.departments : [],
        ...(data.inactive === true ? { inactive: true } : {}),
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
