import { useState } from 'preact/hooks';
import type { BlockDoc } from '../../../utils/data/collections/blocks.ts';
import { isBlockActive } from '../../../utils/domain/blocks.ts';
import { t } from '../../../utils/i18n.ts';
import { ConfirmButton } from '../shared/confirm-button.tsx';
import { FormError } from '../shared/form-error.tsx';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Live blocks first (newest first), then the ones that ended or were lifted. */
export function blockState(block: BlockDoc, now: Date): 'active' | 'ended' | 'lifted' {
  if (block.liftedAt) return 'lifted';
  return isBlockActive(block.until, now) ? 'active' : 'ended';
}

export function BlocksTable(props: {
  blocks: BlockDoc[];
  now: Date;
  onLift: (blockId: string) => Promise<void>;
}) {
  const [lifting, setLifting] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (props.blocks.length === 0) return <p class="muted">{t('noVisitorHasBeenBlocked')}</p>;
  const rows = [...props.blocks].sort(
    (a, b) =>
      Number(blockState(b, props.now) === 'active') - Number(blockState(a, props.now) === 'active'),
  );

  async function lift(id: string) {
    setLifting(id);
    setError(null);
    try {
      await props.onLift(id);
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setLifting(null);
    }
  }

  return (
    <>
      <FormError message={error} />
      <table class="admin-table blocks-table">
        <thead>
          <tr>
            <th scope="col">{t('visitor2')}</th>
            <th scope="col">{t('reason')}</th>
            <th scope="col">{t('blockedBy')}</th>
            <th scope="col">{t('until')}</th>
            <th scope="col">{t('status')}</th>
            <th scope="col">
              <span class="visually-hidden">{t('actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((block) => {
            const state = blockState(block, props.now);
            const holds = ['browser', block.byEmail && 'email', block.byAddress && 'address']
              .filter(Boolean)
              .join(', ');
            return (
              <tr key={block.id}>
                <th scope="row">
                  {block.visitor.name}
                  {block.visitor.email && <div class="muted">{block.visitor.email}</div>}
                  <div class="muted">{t('holdsFor', holds)}</div>
                </th>
                <td>{block.reason}</td>
                <td>
                  {block.createdBy.name}
                  <div class="muted">{when.format(block.createdAt)}</div>
                </td>
                <td>{block.until ? when.format(block.until) : t('untilLifted')}</td>
                <td>
                  {state === 'active'
                    ? t('active')
                    : state === 'lifted'
                      ? t('liftedBy', block.liftedBy?.name ?? t('anAdmin'))
                      : t('ended')}
                </td>
                <td>
                  {state === 'active' && (
                    <ConfirmButton
                      label={t('liftBlock')}
                      subject={t('confirmSubjectBlock', block.visitor.name)}
                      busy={lifting === block.id}
                      onConfirm={() => void lift(block.id)}
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
