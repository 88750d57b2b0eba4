import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { sendUnsentMessages, unsentMessageCount } from '../../utils/data/local-cleanup.ts';
import { signOut } from '../../utils/data/session.ts';
import { t } from '../../utils/i18n.ts';

const plural = (count: number) =>
  count === 1 ? t('oneUnsentMessage') : t('unsentMessages', count);

/**
 * Sign out, which forgets everything this browser kept of the workspace (ADR 005). When messages
 * typed here haven't reached the server, it first asks: send them, discard them, or stay.
 */
export function SignOutButton({ uid, label }: { uid: string; label?: string }) {
  const [unsent, setUnsent] = useState(0);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);

  const start = async () => {
    const count = await unsentMessageCount(uid);
    if (count === 0) return void signOut();
    setNote(null);
    setUnsent(count);
  };
  const sendFirst = async () => {
    setBusy(true);
    const left = await sendUnsentMessages(uid).catch(() => unsent);
    setBusy(false);
    if (left === 0) return void signOut();
    setUnsent(left);
    setNote(t('couldNotBeSentNoConnection', plural(left)));
  };

  return (
    <>
      <button type="button" aria-label={label} onClick={() => void start()}>
        {t('signOut2')}
      </button>
      {unsent > 0 && (
        <UnsentDialog
          unsent={unsent}
          busy={busy}
          note={note}
          onSend={() => void sendFirst()}
          onDiscard={() => void signOut()}
          onCancel={() => setUnsent(0)}
        />
      )}
    </>
  );
}

function UnsentDialog(props: {
  unsent: number;
  busy: boolean;
  note: string | null;
  onSend: () => void;
  onDiscard: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const stay = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const textId = useId();
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement as HTMLElement | null;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    // The safe choice has the focus: Enter or Escape changes nothing.
    stay.current?.focus();
    return () => opener?.focus?.();
  }, []);
  return (
    <dialog
      ref={ref}
      class="unsent-dialog"
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onCancel={(event) => {
        event.preventDefault();
        props.onCancel();
      }}
    >
      <h2 id={titleId}>{t('signOutWith', plural(props.unsent))}</h2>
      <p id={textId}>{t('signingOutDeletesEverythingParleyKept', plural(props.unsent))}</p>
      {props.note && <p role="status">{props.note}</p>}
      <div class="row">
        <button type="button" disabled={props.busy} onClick={props.onSend}>
          {props.busy ? t('sending') : t('sendThemThenSignOut')}
        </button>
        <button type="button" disabled={props.busy} onClick={props.onDiscard}>
          {t('discardThemAndSignOut')}
        </button>
        <button type="button" ref={stay} disabled={props.busy} onClick={props.onCancel}>
          {t('staySignedIn')}
        </button>
      </div>
    </dialog>
  );
}
