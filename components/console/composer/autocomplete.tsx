import type { Suggestion } from '../../../utils/domain/slash-commands.ts';
import { t } from '../../../utils/i18n.ts';

export interface AutocompleteProps {
  id: string;
  suggestions: readonly Suggestion[];
  activeIndex: number;
  onPick: (index: number) => void;
  onHover: (index: number) => void;
}

export const optionId = (listId: string, index: number) => `${listId}-option-${index}`;

const KIND_LABEL: Record<Suggestion['kind'], string> = {
  command: t('command'),
  canned: t('cannedResponse'),
  operator: t('operator'),
};

/**
 * The list under the composer while the text starts with "/". Focus stays in the textarea (the
 * combobox); the highlighted option is announced through aria-activedescendant.
 */
export function Autocomplete({ id, suggestions, activeIndex, onPick, onHover }: AutocompleteProps) {
  return (
    <div class="autocomplete" id={id} role="listbox" aria-label={t('commandsAndCannedResponses')}>
      {suggestions.map((suggestion, index) => (
        // Keyboard use goes through the combobox (aria-activedescendant), as the ARIA pattern says.
        // biome-ignore lint/a11y/useKeyWithClickEvents: the textarea handles the keys for the list
        <div
          key={`${suggestion.kind}:${suggestion.insert}`}
          id={optionId(id, index)}
          role="option"
          tabIndex={-1}
          aria-selected={index === activeIndex}
          class={index === activeIndex ? 'autocomplete__option is-active' : 'autocomplete__option'}
          // mousedown would move focus out of the textarea; keep it there.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onPick(index)}
          onMouseEnter={() => onHover(index)}
        >
          <span class="autocomplete__label">{suggestion.label}</span>
          <span class="autocomplete__detail">
            <span class="visually-hidden">{KIND_LABEL[suggestion.kind]}: </span>
            {suggestion.detail}
          </span>
        </div>
      ))}
    </div>
  );
}
