import { useId, useState } from 'preact/hooks';
import { t } from '../../../utils/i18n.ts';

export interface PickableOperator {
  id: string;
  displayName: string;
  /** shown after the name, e.g. "away" or "inactive" */
  note?: string;
}

export interface OperatorPickerProps {
  operators: readonly PickableOperator[];
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
  /** the chosen list's heading and the buttons' wording, e.g. "Recipients" */
  chosenLabel: string;
  /** the left list's heading */
  availableLabel?: string;
  disabled?: boolean;
}

const DRAG_TYPE = 'application/x-parley-operator';

/**
 * The seed manual's "drag and drop operators from the panel on the left": two lists, operators
 * on the left, the chosen ones on the right. Every drag has a keyboard equivalent: each operator
 * carries an Add / Remove button, so nothing needs a mouse.
 */
export function OperatorPicker(props: OperatorPickerProps) {
  const { operators, chosen, onChange, chosenLabel, disabled } = props;
  const availableLabel = props.availableLabel ?? 'Operators';
  const [over, setOver] = useState<'available' | 'chosen' | null>(null);
  const availableId = useId();
  const chosenId = useId();
  const byId = new Map(operators.map((operator) => [operator.id, operator]));
  const chosenOperators = chosen.map(
    (id) => byId.get(id) ?? { id, displayName: t('removedOperator'), note: t('noLongerExists') },
  );
  const available = operators.filter((operator) => !chosen.includes(operator.id));

  const add = (id: string) => !chosen.includes(id) && onChange([...chosen, id]);
  const remove = (id: string) => onChange(chosen.filter((other) => other !== id));

  function dropZone(side: 'available' | 'chosen') {
    return {
      onDragOver: (event: DragEvent) => {
        if (disabled || !event.dataTransfer?.types.includes(DRAG_TYPE)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        setOver(side);
      },
      onDragLeave: () => setOver(null),
      onDrop: (event: DragEvent) => {
        event.preventDefault();
        setOver(null);
        const id = event.dataTransfer?.getData(DRAG_TYPE);
        if (!id || disabled) return;
        if (side === 'chosen') add(id);
        else remove(id);
      },
    };
  }

  const item = (operator: PickableOperator, side: 'available' | 'chosen') => (
    <li
      key={operator.id}
      class="picker__item"
      draggable={!disabled}
      data-operator-id={operator.id}
      onDragStart={(event: DragEvent) => {
        event.dataTransfer?.setData(DRAG_TYPE, operator.id);
        event.dataTransfer?.setData('text/plain', operator.displayName);
        if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
      }}
    >
      <span class="picker__grip" aria-hidden="true">
        ⠿
      </span>
      <span class="picker__name">
        {operator.displayName}
        {operator.note && <span class="muted"> ({operator.note})</span>}
      </span>
      {side === 'available' ? (
        <button
          type="button"
          disabled={disabled}
          aria-label={t('addTo', operator.displayName, chosenLabel)}
          onClick={() => add(operator.id)}
        >
          {t('add')}
        </button>
      ) : (
        <button
          type="button"
          disabled={disabled}
          aria-label={t('removeFrom', operator.displayName, chosenLabel)}
          onClick={() => remove(operator.id)}
        >
          {t('remove')}
        </button>
      )}
    </li>
  );

  return (
    <div class="picker">
      <section
        class={`picker__list ${over === 'available' ? 'picker__list--over' : ''}`}
        aria-labelledby={availableId}
        {...dropZone('available')}
      >
        <h4 id={availableId}>{availableLabel}</h4>
        {available.length === 0 ? (
          <p class="muted picker__empty">{t('everyoneIsIn', chosenLabel)}</p>
        ) : (
          <ul aria-labelledby={availableId}>{available.map((op) => item(op, 'available'))}</ul>
        )}
      </section>
      <section
        class={`picker__list picker__list--chosen ${over === 'chosen' ? 'picker__list--over' : ''}`}
        aria-labelledby={chosenId}
        {...dropZone('chosen')}
      >
        <h4 id={chosenId}>
          {chosenLabel} <span class="muted">({chosenOperators.length})</span>
        </h4>
        {chosenOperators.length === 0 ? (
          <p class="muted picker__empty">{t('dragOperatorsHereOrUseTheir')}</p>
        ) : (
          <ul aria-labelledby={chosenId}>{chosenOperators.map((op) => item(op, 'chosen'))}</ul>
        )}
      </section>
    </div>
  );
}
