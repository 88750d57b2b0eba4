import { useEffect, useRef, useState } from 'preact/hooks';
import {
  BLOCK_DURATION_LABELS,
  BLOCK_DURATIONS,
  type BlockDuration,
  validateBlockReason,
} from '../../../utils/domain/blocks.ts';

export interface BlockVisitorProps {
  visitorName: string;
  /** resolves once blocked (the chat is then closed); throws with a sentence when refused */
  onBlock: (reason: string, duration: BlockDuration) => Promise<void>;
  onCancel: () => void;
}

/**
 * Blocking the visitor of a chat (ADR 010): why, and for how long. The block holds for their
 * browser, the email they gave and their network address; their chat closes with a note.
 */
export function BlockVisitorForm({ visitorName, onBlock, onCancel }: BlockVisitorProps) {
  const [reason, setReason] = useState('');
  const [duration, setDuration] = useState<BlockDuration>('day');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reasonBox = useRef<HTMLTextAreaElement>(null);
  // Opened from the header's button: the keyboard goes straight to the reason.
  useEffect(() => reasonBox.current?.focus(), []);

  async function submit(event: Event) {
    event.preventDefault();
    const checked = validateBlockReason(reason);
    if (!checked.ok) {
      setError(checked.message);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onBlock(checked.value, duration);
    } catch (failure) {
      setError((failure as Error).message);
      setBusy(false);
    }
  }

  return (
    <form
      class="block-visitor"
      aria-label={`Block ${visitorName}`}
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !busy) onCancel();
      }}
    >
      <p class="block-visitor__lead">
        {visitorName} will see “chat is not available” and can't start chats or send messages from
        this browser, their email or their network address. This chat ends now.
      </p>
      <label>
        Reason
        <textarea
          ref={reasonBox}
          rows={2}
          value={reason}
          maxLength={500}
          aria-invalid={Boolean(error)}
          onInput={(e) => setReason(e.currentTarget.value)}
        />
      </label>
      <label>
        Block for
        <select
          value={duration}
          onChange={(e) => setDuration(e.currentTarget.value as BlockDuration)}
        >
          {BLOCK_DURATIONS.map((d) => (
            <option key={d} value={d}>
              {BLOCK_DURATION_LABELS[d]}
            </option>
          ))}
        </select>
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="row">
        <button type="submit" class="danger" disabled={busy}>
          {busy ? 'Blocking…' : 'Block visitor'}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
