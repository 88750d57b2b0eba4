import { useState } from 'preact/hooks';
import {
  type FieldErrors,
  LIMITS,
  type OfflineValues,
  remainingHint,
  validateOffline,
} from '../app/validation.ts';
import { Field, FormError } from '../components/field.tsx';
import type { OfflineMessageInput } from '../data/types.ts';
import { t } from '../i18n/index.ts';

interface OfflineFormProps {
  reason: 'unavailable' | 'missed' | 'queue';
  busy: boolean;
  error: string | null;
  initial?: Partial<OfflineValues>;
  departmentId?: string | undefined;
  onSubmit: (input: OfflineMessageInput) => void;
}

/** The off-line message form, shown when no operator can take a chat. */
export function OfflineForm({
  reason,
  busy,
  error,
  initial,
  departmentId,
  onSubmit,
}: OfflineFormProps) {
  const [values, setValues] = useState<OfflineValues>({
    name: initial?.name ?? '',
    email: initial?.email ?? '',
    message: initial?.message ?? '',
  });
  const [errors, setErrors] = useState<FieldErrors<keyof OfflineValues>>({});
  const set = (key: keyof OfflineValues) => (event: Event) =>
    setValues({ ...values, [key]: (event.currentTarget as HTMLInputElement).value });

  const submit = (event: Event) => {
    event.preventDefault();
    const result = validateOffline(values);
    setErrors(result.errors);
    if (result.input) onSubmit({ ...result.input, ...(departmentId ? { departmentId } : {}) });
  };

  return (
    <form class="screen form" onSubmit={submit} noValidate aria-labelledby="parley-offline-title">
      <h2 id="parley-offline-title">{t().leaveMessage}</h2>
      <p class="lead">
        {reason === 'missed'
          ? t().offlineMissed
          : reason === 'queue'
            ? t().offlineFromQueue
            : t().offlineUnavailable}
      </p>
      <Field id="parley-offline-name" label={t().yourName} error={errors.name}>
        {(aria) => (
          <input
            {...aria}
            type="text"
            name="name"
            autocomplete="name"
            dir="auto"
            required
            value={values.name}
            onInput={set('name')}
          />
        )}
      </Field>
      <Field id="parley-offline-email" label={t().email} error={errors.email}>
        {(aria) => (
          <input
            {...aria}
            type="email"
            name="email"
            autocomplete="email"
            required
            value={values.email}
            onInput={set('email')}
          />
        )}
      </Field>
      <Field
        id="parley-offline-message"
        label={t().message}
        error={errors.message}
        hint={remainingHint(values.message, LIMITS.offlineMessage) ?? undefined}
      >
        {(aria) => (
          <textarea
            {...aria}
            name="message"
            dir="auto"
            rows={5}
            required
            value={values.message}
            onInput={set('message')}
          />
        )}
      </Field>
      <FormError message={error} />
      <button type="submit" class="primary" disabled={busy} aria-busy={busy}>
        {busy ? t().sending : t().sendMessage}
      </button>
    </form>
  );
}

/** The confirmation after an off-line message was accepted. */
export function OfflineSent({ email, onDone }: { email: string; onDone: () => void }) {
  return (
    <div class="screen centered" role="status">
      <h2>{t().messageSent}</h2>
      <p>{t().sentThanks}</p>
      <p>
        {t().replyTo} <strong dir="auto">{email}</strong>
      </p>
      <button type="button" class="secondary" onClick={onDone}>
        {t().close}
      </button>
    </div>
  );
}
