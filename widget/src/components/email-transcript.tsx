import { useState } from 'preact/hooks';
import { validateEmail } from '../../../utils/domain/validation.ts';
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
        {mailed.sent
          ? `We sent the transcript to ${mailed.email}.`
          : `We will send the transcript to ${mailed.email} shortly.`}
      </p>
    );
  }
  return (
    <form
      class="rate"
      aria-label="Email the transcript"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const checked = validateEmail(email, 'Your email address');
        setError(checked.ok ? undefined : checked.message);
        if (checked.ok) onSend(checked.value);
      }}
    >
      <Field id="transcript-email" label="Email me the transcript" error={error}>
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
        Send transcript
      </button>
    </form>
  );
}
