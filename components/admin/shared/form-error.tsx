/** A form's error, announced to screen readers and tied to the form by id (aria-describedby). */
export function FormError({ id, message }: { id?: string; message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p class="error form-error" role="alert" id={id}>
      {message}
    </p>
  );
}

/** A live region for "Saved." style confirmations. */
export function FormStatus({ message }: { message: string | null | undefined }) {
  return (
    <p class="form-status" role="status" aria-live="polite">
      {message ?? ''}
    </p>
  );
}
