import { FunctionsError, httpsCallable } from 'firebase/functions';
import type {
  CallableErrorCode,
  CallableName,
  CallableRequest,
  CallableResponse,
} from '../domain/callables.ts';
import { knownRefusal, type RefusalReason } from '../domain/refusals.ts';
import { t } from '../i18n.ts';
import { getFirebase } from './firebase.ts';
import { refusalMessage } from './refusal-message.ts';

/**
 * A callable's refusal, with the HttpsError code and the server's reason (when it gave one this
 * build knows) to switch on, and its message to show.
 */
export class CallableError extends Error {
  constructor(
    readonly code: CallableErrorCode | 'unavailable' | 'internal' | 'deadline-exceeded' | string,
    message: string,
    readonly reason?: RefusalReason,
  ) {
    super(message);
    this.name = 'CallableError';
  }
}

/**
 * Turns SDK errors into a CallableError whose message an operator can read: the catalogue's
 * sentence for the refusal's reason, the server's English sentence for a reason this build does
 * not know.
 */
export function toCallableError(error: unknown): CallableError {
  if (error instanceof CallableError) return error;
  if (error instanceof FunctionsError || (error && typeof error === 'object' && 'code' in error)) {
    const { code, message, details } = error as {
      code: string;
      message: string;
      details?: unknown;
    };
    const bare = code.replace(/^functions\//, '');
    switch (bare) {
      case 'unavailable':
      case 'deadline-exceeded':
        return new CallableError(bare, t('theServerCannotBeReachedTryAgain'));
      case 'internal':
        return new CallableError(
          bare,
          message && message !== 'internal' ? message : t('serverError'),
        );
      default: {
        const refusal = knownRefusal(details);
        return refusal
          ? new CallableError(bare, refusalMessage(refusal), refusal.reason)
          : new CallableError(bare, message || bare);
      }
    }
  }
  return new CallableError('internal', String((error as Error)?.message ?? error));
}

/**
 * Calls a callable of docs/architecture.md "Callables" with its typed request and response
 * (utils/domain/callables.ts).
 */
export async function call<N extends CallableName>(
  name: N,
  request: CallableRequest<N>,
): Promise<CallableResponse<N>> {
  const { functions } = await getFirebase();
  const callable = httpsCallable<CallableRequest<N>, CallableResponse<N>>(functions, name);
  try {
    return (await callable(request)).data;
  } catch (error) {
    throw toCallableError(error);
  }
}
