import type { AdminData } from '../../../utils/data/admin/admin-data.ts';
import { updateOfflineRecipients } from '../../../utils/data/admin/offline-settings.ts';
import {
  addUrlRoute,
  cleanUrlRoute,
  deleteUrlRoute,
  updateUrlRoute,
} from '../../../utils/data/admin/url-routes.ts';
import {
  setChatTimeouts,
  setOfferSettings,
  setRoutingMode,
} from '../../../utils/data/admin/workspace.ts';
import { chatTimeoutsOf } from '../../../utils/domain/chat-timeouts.ts';
import { offerSettingsOf } from '../../../utils/domain/offers.ts';
import { t } from '../../../utils/i18n.ts';
import { ChatTimeoutsEditor } from '../chat-timeouts/chat-timeouts-editor.tsx';
import { OfferModeEditor } from '../chat-timeouts/offer-mode-editor.tsx';
import { OfflineRecipientsEditor } from '../offline-recipients/offline-recipients-editor.tsx';
import { Modal } from '../shared/modal.tsx';
import type { PickableOperator } from '../shared/operator-picker.tsx';
import { UrlRoutingEditor } from '../url-routing/url-routing-editor.tsx';

export type OperatorsSetting = 'offline' | 'url' | 'timeouts';

/** The Chat Operators gear menu's windows: Off-line messages, URL routing, Chat timeouts. */
export function OperatorsSettingsDialog({
  kind,
  data,
  onClose,
}: {
  kind: OperatorsSetting;
  data: AdminData;
  onClose: () => void;
}) {
  const { context } = data;
  const workspace = data.workspace.data.value;
  const operators = data.operators.items.value;
  const known = new Set(operators.map((op) => op.id));
  const pickable: PickableOperator[] = operators.map((op) => ({
    id: op.id,
    displayName: op.displayName,
    ...(op.active ? {} : { note: t('inactiveNote') }),
  }));
  return (
    <>
      {kind === 'offline' && (
        <Modal title={t('offLineMessages')} onClose={onClose} class="admin-modal--wide">
          <OfflineRecipientsEditor
            operators={pickable}
            recipientIds={data.offlineSettings.data.value?.recipientIds ?? []}
            onUpdate={(ids) => updateOfflineRecipients(context, ids, known)}
          />
        </Modal>
      )}
      {kind === 'url' && (
        <Modal title={t('urlRouting')} onClose={onClose} class="admin-modal--wide">
          <UrlRoutingEditor
            operators={pickable}
            routes={data.urlRoutes.items.value}
            routingMode={workspace?.routingMode ?? 'all'}
            onAdd={(route) =>
              addUrlRoute(context, cleanUrlRoute(route, data.urlRoutes.items.value, known)).then(
                () => {},
              )
            }
            onUpdate={(id, route) =>
              updateUrlRoute(
                context,
                id,
                cleanUrlRoute(route, data.urlRoutes.items.value, known, id),
              )
            }
            onDelete={(route) => deleteUrlRoute(context, route)}
            onEnable={(enabled) => setRoutingMode(context, enabled ? 'url' : 'all')}
          />
        </Modal>
      )}
      {kind === 'timeouts' && (
        <Modal title={t('chatTimeouts')} onClose={onClose}>
          <ChatTimeoutsEditor
            timeouts={chatTimeoutsOf(workspace)}
            onSave={(timeouts) => setChatTimeouts(context, timeouts).then(() => {})}
          />
          <OfferModeEditor
            settings={offerSettingsOf(workspace)}
            onSave={(settings) => setOfferSettings(context, settings).then(() => {})}
          />
        </Modal>
      )}
    </>
  );
}
