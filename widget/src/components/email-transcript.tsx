import { useState } from 'preact/hooks';
import { validateTranscriptEmail } from '../app/validation.ts';
import { t } from '../i18n/index.ts';
import { Field } from './field.tsx';

interface EmailTranscriptProps {
  /** where it was mailed, once asked */
  mailed: { email: string; sent: boolean } | null;
  initialEmail: string;
  busy: boolean;
  onSend: (email: string) => void;
}

/** After the chat: the transcript by email, to the address given at the start or another. */
export function EmailTranscript({ mailed, initialEmail, busy, onSend }: EmailTranscriptProps) {
  const [email, setEmail] = useState(initialEmail);
  const [error, setError] = useState<string | undefined>();
  if (mailed) {
    return (
      <p role="status">
        {mailed.sent ? t().transcriptSent(mailed.email) : t().transcriptQueued(mailed.email)}
      </p>
    );
  }
  return (
    <form
      class="rate"
      aria-label={t().emailTranscriptForm}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const checked = validateTranscriptEmail(email);
        setError(checked.error);
        if (checked.email) onSend(checked.email);
      }}
    >
      <Field id="transcript-email" label={t().emailTranscript} error={error}>
        {(described) => (
          <input
            {...described}
            type="email"
            autocomplete="email"
            value={email}
            onInput={(e) => setEmail(e.currentTarget.value)}
          />
        )}
      </Field>
      <button type="submit" class="secondary" disabled={busy}>
        {t().sendTranscript}
      </button>
    </form>
  );
}
