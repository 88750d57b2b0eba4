import { useState } from 'preact/hooks';
import type { ChatDoc } from '../../../utils/data/collections/chats.ts';
import { t } from '../../../utils/i18n.ts';
import { richMessage } from '../../ui/rich-message.tsx';
import { useNow } from '../../ui/use-now.ts';
import { formatDuration } from '../shared/format.ts';

function useAction() {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function run(action: () => Promise<unknown>) {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  }
  return { error, busy, run };
}

export interface IncomingTransferProps {
  chat: ChatDoc;
  fromName: string;
  expiresAt: number;
  onAccept: () => Promise<unknown>;
  onDecline: () => Promise<unknown>;
}

/** To the receiver: someone asks me to take a chat over. Accept = the same as typing /a. */
export function IncomingTransferBanner({
  chat,
  fromName,
  expiresAt,
  onAccept,
  onDecline,
}: IncomingTransferProps) {
  const now = useNow().getTime();
  const { error, busy, run } = useAction();
  const left = Math.max(0, Math.round((expiresAt - now) / 1000));
  const expired = left === 0;
  return (
    <div class="transfer-banner transfer-banner--incoming" role="status">
      <p>
        {richMessage(
          'transferOffered',
          <strong>{fromName}</strong>,
          <strong>{chat.visitor.name}</strong>,
        )}{' '}
        {expired ? (
          <span class="muted">{t('theRequestHasTimedOut')}</span>
        ) : (
          <span class="muted">{t('leftTypeAOrPressAccept', formatDuration(left))}</span>
        )}
      </p>
      {!expired && (
        <div class="row">
          <button
            type="button"
            class="primary"
            disabled={busy}
            aria-label={t('acceptTransferOfFrom', chat.visitor.name, fromName)}
            onClick={() => void run(onAccept)}
          >
            {t('accept')}
          </button>
          <button
            type="button"
            disabled={busy}
            aria-label={t('declineTransferOf', chat.visitor.name)}
            onClick={() => void run(onDecline)}
          >
            {t('decline')}
          </button>
        </div>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export interface OutgoingTransferProps {
  toName: string;
  expiresAt: number;
  onCancel: () => Promise<unknown>;
}

/** To the sender: "waiting for Otto", then that it timed out. */
export function OutgoingTransferNotice({ toName, expiresAt, onCancel }: OutgoingTransferProps) {
  const now = useNow().getTime();
  const { error, busy, run } = useAction();
  const left = Math.max(0, Math.round((expiresAt - now) / 1000));
  return (
    <div class="transfer-banner transfer-banner--outgoing" role="status">
      {left > 0 ? (
        <p>{richMessage('transferWaitingFor', <strong>{toName}</strong>, formatDuration(left))}</p>
      ) : (
        <p>{richMessage('transferNotAccepted', <strong>{toName}</strong>)}</p>
      )}
      <button type="button" disabled={busy} onClick={() => void run(onCancel)}>
        {left > 0 ? t('cancelTransfer') : t('dismiss')}
      </button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
