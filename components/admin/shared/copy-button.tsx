import { useEffect, useState } from 'preact/hooks';
import { t } from '../../../utils/i18n.ts';

/** Puts text on the clipboard; older or restricted contexts fall back to a hidden textarea. */
export async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch {
      // Permission refused (e.g. the page isn't focused): try the selection route below.
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'visually-hidden';
  document.body.append(area);
  area.select();
  const copied = document.execCommand?.('copy');
  area.remove();
  if (!copied) throw new Error(t('theBrowserRefusedToCopySelect'));
}

/** A Copy button that says "Copied" for a moment (announced politely) or why it failed. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | string>('idle');
  useEffect(() => {
    if (state !== 'copied') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  return (
    <span class="copy-button">
      <button
        type="button"
        aria-label={label}
        onClick={() =>
          void copyText(text).then(
            () => setState('copied'),
            (error: Error) => setState(error.message),
          )
        }
      >
        {state === 'copied' ? t('copied') : t('copy')}
      </button>
      <span
        role="status"
        class={state === 'idle' || state === 'copied' ? 'visually-hidden' : 'error'}
      >
        {state === 'copied' ? t('copiedToTheClipboard') : state === 'idle' ? '' : state}
      </span>
    </span>
  );
}
