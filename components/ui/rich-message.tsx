import type { ComponentChild } from 'preact';
import { type MessageKey, t } from '../../utils/i18n.ts';

/**
 * A catalogue message whose placeholders are elements (a name in bold inside a sentence), so the
 * sentence stays one message a translator can reorder: `richMessage('transferOffered',
 * <strong>{from}</strong>, <strong>{visitor}</strong>)`.
 */
export function richMessage(key: MessageKey, ...parts: ComponentChild[]): ComponentChild[] {
  // Private-use characters mark where each part goes; no catalogue text contains them.
  const text = t(key, ...parts.map((_, index) => `\uE000${index}\uE001`));
  return text
    .split(/\uE000(\d+)\uE001/)
    .map((piece, index) => (index % 2 === 1 ? parts[Number(piece)] : piece))
    .filter((piece) => piece !== '');
}
