import { useState } from 'preact/hooks';
import {
  CARD_BRANDS,
  type CardFields,
  type CardInput,
  validateCard,
} from '../../../utils/data/admin/payment-card.ts';
import { t } from '../../../utils/i18n.ts';
import { FormError } from '../shared/form-error.tsx';

/**
 * Saves a card's description, never its number: brand, last 4 digits, expiry and holder (the
 * card itself is charged by the payment provider, outside Parley).
 */
export function AddCardForm(props: {
  now: Date;
  busy: boolean;
  error: string | null;
  onSubmit: (card: CardFields, makeDefault: boolean) => void;
  onCancel: () => void;
}) {
  const [card, setCard] = useState<CardInput>({
    brand: '',
    last4: '',
    expMonth: '',
    expYear: '',
    holder: '',
  });
  const [makeDefault, setMakeDefault] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const set = (key: keyof CardInput, value: string) =>
    setCard((current) => ({ ...current, [key]: value }));

  return (
    <form
      class="add-card"
      // validateCard lists every problem at once, in words; the browser's bubbles would show one.
      noValidate
      aria-busy={props.busy}
      onSubmit={(event) => {
        event.preventDefault();
        const result = validateCard(card, props.now);
        setProblems(result.ok ? [] : result.problems);
        if (result.ok) props.onSubmit(result.value, makeDefault);
      }}
    >
      <p class="muted hint">{t('parleyKeepsOnlyTheBrandThe')}</p>
      <div class="form-row">
        <label class="field">
          <span>{t('brand')}</span>
          <select
            name="brand"
            value={card.brand}
            onChange={(e) => set('brand', e.currentTarget.value)}
          >
            <option value="">{t('choose')}</option>
            {CARD_BRANDS.map((brand) => (
              <option key={brand.id} value={brand.id}>
                {brand.label}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t('last4Digits')}</span>
          <input
            name="last4"
            inputMode="numeric"
            autocomplete="off"
            maxLength={4}
            value={card.last4}
            onInput={(e) => set('last4', e.currentTarget.value)}
          />
        </label>
      </div>
      <div class="form-row">
        <label class="field">
          <span>{t('expiryMonth')}</span>
          <select
            name="expMonth"
            value={String(card.expMonth)}
            onChange={(e) => set('expMonth', e.currentTarget.value)}
          >
            <option value="">{t('month')}</option>
            {Array.from({ length: 12 }, (_, i) => (
              <option key={i} value={String(i + 1)}>
                {String(i + 1).padStart(2, '0')}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t('expiryYear')}</span>
          <input
            name="expYear"
            inputMode="numeric"
            placeholder={String(props.now.getUTCFullYear() + 2)}
            value={String(card.expYear)}
            onInput={(e) => set('expYear', e.currentTarget.value)}
          />
        </label>
      </div>
      <label class="field">
        <span>{t('cardHolder')}</span>
        <input
          name="holder"
          autocomplete="cc-name"
          value={card.holder}
          onInput={(e) => set('holder', e.currentTarget.value)}
        />
      </label>
      <label class="checkbox">
        <input
          type="checkbox"
          name="makeDefault"
          checked={makeDefault}
          onChange={(e) => setMakeDefault(e.currentTarget.checked)}
        />
        {t('makeThisTheDefaultCard')}
      </label>
      {problems.length > 0 && (
        <ul class="error" role="alert">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <FormError message={props.error} />
      <div class="row form-actions">
        <button type="submit" class="primary" disabled={props.busy}>
          {props.busy ? t('saving') : t('addCard')}
        </button>
        <button type="button" onClick={props.onCancel} disabled={props.busy}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
