import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { t } from '../../../utils/i18n.ts';

export interface ModalProps {
  title: string;
  onClose: () => void;
  children: ComponentChildren;
  /** extra class for sizing */
  class?: string;
}

/**
 * A modal window (the seed manual's "Add operator window", "Off-line messages window"…) on the
 * native <dialog>: the browser traps focus, Escape closes it, and focus returns to what opened it.
 */
export function Modal({ title, onClose, children, class: extra }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement as HTMLElement | null;
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    return () => opener?.focus?.();
  }, []);

  return (
    <dialog
      ref={ref}
      class={`admin-modal ${extra ?? ''}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <header class="row admin-modal__header">
        <h3 id={titleId}>{title}</h3>
        <span class="spacer" />
        <button type="button" class="icon-button" aria-label={t('close', title)} onClick={onClose}>
          ×
        </button>
      </header>
      <div class="admin-modal__body">{children}</div>
    </dialog>
  );
}
