import { useSignal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import { checkEmailVerified, sendVerificationEmail } from '../../../utils/data/signup.ts';
import { t } from '../../../utils/i18n.ts';

/** How often an unverified admin's page asks Firebase whether the link was opened. */
const POLL_MS = 4000;

export interface VerificationWatch {
  checking: { value: boolean };
  message: { value: string | null };
  checkNow(): Promise<void>;
  resend(): Promise<void>;
  start(): void;
  stop(): void;
}

/**
 * While the workspace is unverified, asks Firebase every few seconds (and when the page regains
 * focus) whether the email was verified; the first yes tells the server, whose workspace flag
 * then ticks the checklist through the live workspace document.
 */
export function useVerificationWatch(workspaceId: string, verified: boolean): VerificationWatch {
  const checking = useSignal(false);
  const message = useSignal<string | null>(null);
  const watch = useMemo<VerificationWatch>(() => {
    let timer: ReturnType<typeof setInterval> | undefined;
    const check = async () => {
      if (checking.value) return;
      checking.value = true;
      try {
        await checkEmailVerified(workspaceId);
      } catch (error) {
        message.value = (error as Error).message;
      } finally {
        checking.value = false;
      }
    };
    return {
      checking,
      message,
      checkNow: check,
      async resend() {
        try {
          await sendVerificationEmail();
          message.value = t('weSentTheVerificationEmailAgain');
        } catch (error) {
          message.value = (error as Error).message;
        }
      },
      stop: () => {
        if (timer) clearInterval(timer);
        timer = undefined;
        removeEventListener('focus', check);
      },
      start() {
        timer ??= setInterval(() => void check(), POLL_MS);
        addEventListener('focus', check);
      },
    };
  }, [workspaceId]);
  useEffect(() => {
    if (!verified) watch.start();
    return watch.stop;
  }, [watch, verified]);
  return watch;
}

/** Buttons under "Verify your email address". */
export function VerificationActions({ watch }: { watch: VerificationWatch }) {
  return (
    <div class="row">
      <button type="button" disabled={watch.checking.value} onClick={() => void watch.checkNow()}>
        {t('iVeVerifiedIt')}
      </button>
      <button type="button" onClick={() => void watch.resend()}>
        {t('sendTheEmailAgain')}
      </button>
      {watch.message.value && <p role="status">{watch.message.value}</p>}
    </div>
  );
}
