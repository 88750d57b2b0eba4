import { useId, useState } from 'preact/hooks';
import type {
  OperatorDoc,
  OperatorForm as OperatorFields,
} from '../../../utils/data/admin/operators.ts';
import type { Role } from '../../../utils/domain/model.ts';
import { DEFAULT_MAX_CHATS, LIMITS } from '../../../utils/domain/validation.ts';
import { t } from '../../../utils/i18n.ts';
import { FormError } from './form-error.tsx';

/** 'invite': like 'add' without a password; the operator chooses it from the emailed link. */
export type OperatorFormMode = 'add' | 'invite' | 'edit' | 'self';

export interface OperatorFormProps {
  mode: OperatorFormMode;
  /** the account being edited (edit and self modes) */
  operator?: OperatorDoc;
  /** shown above the submit button when adding: the seat price x active seats notice */
  notice?: string;
  busy: boolean;
  error: string | null;
  onSubmit: (fields: OperatorFields) => void;
  onCancel?: () => void;
}

const ROLE_LABELS: Record<Role, string> = { admin: 'Administrator', normal: 'Normal' };

/** [idle, busy] label of the submit button. */
const SUBMIT_LABELS: Record<OperatorFormMode, [string, string]> = {
  add: [t('addOperator'), t('adding')],
  invite: [t('sendInvitation'), t('sending')],
  edit: [t('saveChanges'), t('saving')],
  self: [t('saveChanges'), t('saving')],
};

/**
 * The Add operator / Edit profile form. Adding: both password fields empty means a random
 * password is generated (the seed manual). Editing: an empty password keeps the current one.
 * In 'self' mode an operator edits their own display name and password only.
 */
export function OperatorForm(props: OperatorFormProps) {
  const { mode, operator, busy, error } = props;
  const [fields, setFields] = useState<OperatorFields>({
    displayName: operator?.displayName ?? '',
    email: operator?.email ?? '',
    role: operator?.role ?? 'normal',
    maxChats: operator?.maxChats ?? DEFAULT_MAX_CHATS,
    active: operator?.active ?? true,
    password: '',
    confirm: '',
  });
  const errorId = useId();
  const set = <K extends keyof OperatorFields>(key: K, value: OperatorFields[K]) =>
    setFields((current) => ({ ...current, [key]: value }));
  const admin = mode !== 'self';
  const passwordHint =
    mode === 'add' ? t('leaveBothPasswordFieldsEmptyTo') : t('leaveEmptyToKeepTheCurrent');

  return (
    <form
      class="operator-form"
      aria-describedby={error ? errorId : undefined}
      aria-busy={busy}
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit(fields);
      }}
    >
      <label class="field">
        <span>{t('displayName')}</span>
        <input
          name="displayName"
          required
          maxLength={LIMITS.displayName}
          autocomplete="off"
          value={fields.displayName}
          onInput={(e) => set('displayName', e.currentTarget.value)}
        />
      </label>
      {admin && (
        <>
          <label class="field">
            <span>{t('email')}</span>
            <input
              name="email"
              type="email"
              required
              autocomplete="off"
              value={fields.email}
              onInput={(e) => set('email', e.currentTarget.value)}
            />
          </label>
          <div class="form-row">
            <label class="field">
              <span>{t('role')}</span>
              <select
                name="role"
                value={fields.role}
                onChange={(e) => set('role', e.currentTarget.value as Role)}
              >
                {(Object.keys(ROLE_LABELS) as Role[]).map((role) => (
                  <option key={role} value={role}>
                    {ROLE_LABELS[role]}
                  </option>
                ))}
              </select>
            </label>
            <label class="field">
              <span>{t('concurrentChats')}</span>
              <input
                name="maxChats"
                type="number"
                min={LIMITS.maxChatsMin}
                max={LIMITS.maxChatsMax}
                required
                value={fields.maxChats}
                onInput={(e) => set('maxChats', e.currentTarget.value)}
              />
            </label>
          </div>
          <p class="muted hint">
            {fields.role === 'admin'
              ? t('administratorsManageEveryPartOfThe')
              : t('normalOperatorsCanTAddAccounts')}
          </p>
        </>
      )}
      {mode === 'edit' && (
        <label class="checkbox">
          <input
            type="checkbox"
            name="active"
            checked={fields.active}
            onChange={(e) => set('active', e.currentTarget.checked)}
          />
          {t('activeTakesChatsAndCountsAs')}
        </label>
      )}
      {mode !== 'invite' && (
        <fieldset>
          <legend>{mode === 'add' ? t('passwordOptional') : t('newPasswordOptional')}</legend>
          <p class="muted hint">{passwordHint}</p>
          <div class="form-row">
            <label class="field">
              <span>{mode === 'add' ? t('password') : t('newPassword')}</span>
              <input
                name="password"
                type="password"
                autocomplete="new-password"
                value={fields.password}
                onInput={(e) => set('password', e.currentTarget.value)}
              />
            </label>
            <label class="field">
              <span>{t('confirmPassword')}</span>
              <input
                name="confirm"
                type="password"
                autocomplete="new-password"
                value={fields.confirm}
                onInput={(e) => set('confirm', e.currentTarget.value)}
              />
            </label>
          </div>
        </fieldset>
      )}
      {mode === 'invite' && (
        <p class="muted hint">{t('inviteEmailsALink', fields.email.trim() || t('them'))}</p>
      )}
      {props.notice && <p class="notice">{props.notice}</p>}
      <FormError id={errorId} message={error} />
      <div class="row form-actions">
        <button type="submit" class="primary" disabled={busy}>
          {SUBMIT_LABELS[mode][busy ? 1 : 0]}
        </button>
        {props.onCancel && (
          <button type="button" onClick={props.onCancel} disabled={busy}>
            {t('cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
