import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { messageOf } from '../../../utils/data/errors.ts';

export interface Action {
  /** true while the last run is in progress (buttons show progress and are disabled) */
  busy: boolean;
  /** the sentence to show next to the form that started it */
  error: string | null;
  /** runs `work`; returns its result, or undefined when it failed (error is then set) */
  run<T>(work: () => Promise<T>): Promise<T | undefined>;
  clearError(): void;
}

/**
 * Progress and error state of one form's save. `what` names the action for Firestore errors, a
 * catalogue phrase (t('actionSaveTheDepartment')); validation and callable errors keep their own
 * message.
 */
export function useAction(what: string): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const run = useCallback(
    async <T>(work: () => Promise<T>): Promise<T | undefined> => {
      setBusy(true);
      setError(null);
      try {
        return await work();
      } catch (failure) {
        if (mounted.current) setError(messageOf(failure, what));
        return undefined;
      } finally {
        if (mounted.current) setBusy(false);
      }
    },
    [what],
  );
  const clearError = useCallback(() => setError(null), []);
  return { busy, error, run, clearError };
}
