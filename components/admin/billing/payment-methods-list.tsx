import { describeCard, isExpired } from '../../../utils/data/admin/payment-card.ts';
import type { PaymentMethodDoc } from '../../../utils/data/collections/payment-methods.ts';
import { t } from '../../../utils/i18n.ts';
import { ConfirmButton } from '../shared/confirm-button.tsx';

export interface PaymentMethodsListProps {
  methods: readonly PaymentMethodDoc[];
  now: Date;
  /** id of the card being changed (its buttons show progress) */
  busyId: string | null;
  onMakeDefault: (method: PaymentMethodDoc) => void;
  onRemove: (method: PaymentMethodDoc) => void;
}

/** Saved cards: brand, last 4, expiry and holder; the default first. */
export function PaymentMethodsList(props: PaymentMethodsListProps) {
  if (props.methods.length === 0) return <p class="empty">{t('noSavedCardsAddOneTo')}</p>;
  return (
    <ul class="rule-list payment-methods">
      {props.methods.map((method) => {
        const name = describeCard(method);
        return (
          <li key={method.id} class="rule-list__item" data-payment-method-id={method.id}>
            <span>
              <strong>{name}</strong>
              <br />
              <span class="muted">{method.holder}</span>
            </span>
            {method.isDefault && <span class="badge badge--ok">{t('default')}</span>}
            {isExpired(method, props.now) && <span class="badge error">{t('expired')}</span>}
            <span class="spacer" />
            {!method.isDefault && (
              <button
                type="button"
                disabled={props.busyId === method.id}
                aria-label={t('makeTheDefaultCard', name)}
                onClick={() => props.onMakeDefault(method)}
              >
                {t('makeDefault')}
              </button>
            )}
            <ConfirmButton
              label={t('remove2')}
              subject={name}
              busy={props.busyId === method.id}
              onConfirm={() => props.onRemove(method)}
            />
          </li>
        );
      })}
    </ul>
  );
}
