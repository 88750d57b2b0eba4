import type { CannedResponseDoc } from '../../../utils/data/admin/canned-responses.ts';
import { t } from '../../../utils/i18n.ts';
import { ConfirmButton } from '../shared/confirm-button.tsx';

export interface CannedListProps {
  responses: readonly CannedResponseDoc[];
  /** absent for normal operators: the list is read-only */
  onEdit?: (canned: CannedResponseDoc) => void;
  onDelete?: (canned: CannedResponseDoc) => void;
  deleting?: string | null;
}

/** The canned responses with their short-cut commands; admins get Edit and Delete. */
export function CannedList(props: CannedListProps) {
  const manage = props.onEdit !== undefined;
  if (props.responses.length === 0)
    return (
      <p class="empty">
        {t('noCannedResponsesYet')}
        {manage && t('addOneToAnswerCommonQuestions')}
      </p>
    );
  return (
    <table class="admin-table canned-list">
      <thead>
        <tr>
          <th scope="col">{t('shortCutHeading')}</th>
          <th scope="col">{t('response')}</th>
          {manage && (
            <th scope="col">
              <span class="visually-hidden">{t('actions')}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {props.responses.map((canned) => (
          <tr key={canned.id} data-canned-id={canned.id}>
            <th scope="row">
              <code>/{canned.shortcut}</code>
            </th>
            <td class="canned-text">{canned.text}</td>
            {manage && (
              <td class="actions">
                <button
                  type="button"
                  aria-label={t('edit3', canned.shortcut)}
                  onClick={() => props.onEdit?.(canned)}
                >
                  {t('edit2')}
                </button>{' '}
                <ConfirmButton
                  label={t('delete')}
                  subject={t('confirmSubjectCanned', canned.shortcut)}
                  busy={props.deleting === canned.id}
                  onConfirm={() => props.onDelete?.(canned)}
                />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
