import { useState } from 'preact/hooks';
import { type FieldErrors, validateWelcome, type WelcomeValues } from '../app/validation.ts';
import { Field, FormError } from '../components/field.tsx';
import type { StartChatInput, WidgetStatus } from '../data/types.ts';
import { t } from '../i18n/index.ts';

interface WelcomeProps {
  status: WidgetStatus;
  busy: boolean;
  error: string | null;
  initial?: Partial<WelcomeValues>;
  onStart: (input: StartChatInput) => void;
}

/**
 * The welcome screen: the visitor's name, an optional email and, when the workspace routes by
 * department, the "Choose Department" list.
 */
export function Welcome({ status, busy, error, initial, onStart }: WelcomeProps) {
  const chooseDepartment = status.routingMode === 'departments' && status.departments.length > 0;
  const [values, setValues] = useState<WelcomeValues>({
    name: initial?.name ?? '',
    email: initial?.email ?? '',
    departmentId: initial?.departmentId ?? '',
  });
  const [errors, setErrors] = useState<FieldErrors<keyof WelcomeValues>>({});
  const set = (key: keyof WelcomeValues) => (event: Event) =>
    setValues({ ...values, [key]: (event.currentTarget as HTMLInputElement).value });

  const submit = (event: Event) => {
    event.preventDefault();
    const result = validateWelcome(values, { requireDepartment: chooseDepartment });
    setErrors(result.errors);
    if (result.input) onStart(result.input);
  };

  return (
    <form class="screen form" onSubmit={submit} noValidate aria-labelledby="parley-welcome-title">
      <h2 id="parley-welcome-title">{t().welcome}</h2>
      {/* The site's own greeting is shown as the admin wrote it; the default is translated. */}
      <p class="lead">{status.look?.greeting ?? t().welcomeLead}</p>
      <Field id="parley-name" label={t().yourName} error={errors.name}>
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
      <Field id="parley-email" label={t().emailOptional} error={errors.email}>
        {(aria) => (
          <input
            {...aria}
            type="email"
            name="email"
            autocomplete="email"
            value={values.email}
            onInput={set('email')}
          />
        )}
      </Field>
      {chooseDepartment && (
        <Field id="parley-department" label={t().chooseDepartment} error={errors.departmentId}>
          {(aria) => (
            <select
              {...aria}
              name="department"
              required
              value={values.departmentId}
              onChange={set('departmentId')}
            >
              <option value="">{t().selectDepartment}</option>
              {status.departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.available === false ? t().leaveMessageSuffix(d.name) : d.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <FormError message={error} />
      <button type="submit" class="primary" disabled={busy} aria-busy={busy}>
        {busy ? t().starting : t().startChat}
      </button>
    </form>
  );
}
