import { useEffect } from 'preact/hooks';
import type { OfflineInboxStore } from '../../utils/data/stores/offline-inbox-store.ts';
import { DELIVERY_STATUSES, type DeliveryStatus } from '../../utils/domain/model.ts';
import { OfflineMessageRow } from './offline-message-row.tsx';
import './offline-inbox.css';
import { t } from '../../utils/i18n.ts';

const FILTER_LABELS: Record<DeliveryStatus, string> = {
  pending: 'Pending',
  sent: 'Sent',
  failed: 'Failed',
};

export interface OfflineInboxProps {
  store: OfflineInboxStore;
  departmentName: (id: string) => string;
}

/**
 * Every off-line message (the widget's form and missed chats with an email), newest first, with
 * its delivery log: the Control Panel's Off-line messages panel and an off-line recipient's
 * console section. Reply opens a mail to the visitor; retry and handled go through the functions.
 */
export function OfflineInbox({ store, departmentName }: OfflineInboxProps) {
  useEffect(() => {
    if (store.status.peek() === 'idle') void store.show(null);
  }, [store]);
  const rows = store.rows.value;
  const loading = store.status.value === 'loading';
  const actionError = store.actionError.value;
  return (
    <div class="offline-inbox">
      <label class="offline-inbox__filter">
        {t('delivery')}{' '}
        <select
          value={store.filter.value ?? ''}
          onChange={(event) =>
            void store.show((event.currentTarget.value || null) as DeliveryStatus | null)
          }
        >
          <option value="">{t('anyDeliveryStatus')}</option>
          {DELIVERY_STATUSES.map((status) => (
            <option key={status} value={status}>
              {FILTER_LABELS[status]}
            </option>
          ))}
        </select>
      </label>
      {store.error.value && (
        <p class="form-error" role="alert">
          {store.error.value}
        </p>
      )}
      {rows.length === 0 && !loading && !store.error.value ? (
        <p class="empty">
          {store.filter.value
            ? t('noOffLineMessageIs', store.filter.value)
            : t('noOffLineMessageYetVisitors')}
        </p>
      ) : (
        <ul class="offline-list" aria-label={t('offLineMessagesShown', rows.length)}>
          {rows.map((message) => (
            <OfflineMessageRow
              key={message.id}
              message={message}
              departmentName={departmentName}
              busy={store.busyId.value === message.id}
              error={actionError?.id === message.id ? actionError.message : null}
              onAct={(action) => void store.act(message, action)}
            />
          ))}
        </ul>
      )}
      {loading && (
        <p class="muted" role="status">
          {t('loading')}
        </p>
      )}
      {store.hasMore.value && !loading && (
        <button type="button" onClick={() => void store.more()}>
          {t('showOlderMessages')}
        </button>
      )}
    </div>
  );
}
