import { useEffect, useRef, useState } from 'preact/hooks';
import { problemMessage } from '../../../utils/data/problem-message.ts';
import {
  BLOCK_DURATION_LABELS,
  BLOCK_DURATIONS,
  type BlockDuration,
  validateBlockReason,
} from '../../../utils/domain/blocks.ts';
import { t } from '../../../utils/i18n.ts';

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
      setError(problemMessage(checked.problem));
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
      aria-label={t('block', visitorName)}
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !busy) onCancel();
      }}
    >
      <p class="block-visitor__lead">{t('willSeeChatIsNotAvailable', visitorName)}</p>
      <label>
        {t('reason')}
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
        {t('blockFor')}
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
          {busy ? t('blocking') : t('blockVisitor')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
