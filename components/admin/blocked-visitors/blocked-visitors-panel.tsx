import { liftBlock } from '../../../utils/data/admin/blocks.ts';
import { t } from '../../../utils/i18n.ts';
import type { ControlPanelProps } from '../../options/panel-registry.ts';
import { FormError } from '../shared/form-error.tsx';
import { useAdminData } from '../shared/use-admin-data.ts';
import { BlocksTable } from './blocks-table.tsx';

/**
 * Visitors operators blocked (ADR 010): who, why, by whom, until when; an admin lifts a block
 * here. Blocks are made in the console, from the chat (Block visitor).
 */
export function BlockedVisitorsPanel({ operator }: ControlPanelProps) {
  const data = useAdminData(operator, ['blocks']);
  if (!data) return <p class="muted">{t('loading')}</p>;
  const blocks = data.blocks;
  return (
    <section class="admin-panel blocked-visitors-panel" aria-labelledby="blocked-title">
      <h2 id="blocked-title">{t('blockedVisitors')}</h2>
      <p class="muted">{t('aBlockedVisitorSeesChatIs')}</p>
      <FormError message={blocks.error.value} />
      {blocks.status.value === 'loading' ? (
        <p class="muted" role="status">
          {t('loading')}
        </p>
      ) : (
        <BlocksTable
          blocks={blocks.items.value}
          now={new Date()}
          onLift={(id) => liftBlock(operator.workspaceId, id).then(() => undefined)}
        />
      )}
    </section>
  );
}
