import { useState } from 'preact/hooks';
import type { ChatRating } from '../data/types.ts';
import { t } from '../i18n/index.ts';
import { Field } from './field.tsx';

interface RateChatProps {
  /** the verdict already recorded, if any */
  rated: ChatRating | undefined;
  busy: boolean;
  onRate: (rating: ChatRating, comment: string) => void;
}

/** After the chat: good or bad and an optional comment; the operator sees it in History. */
export function RateChat({ rated, busy, onRate }: RateChatProps) {
  const [choice, setChoice] = useState<ChatRating | null>(null);
  const [comment, setComment] = useState('');
  if (rated) {
    return (
      <p class="rated" role="status">
        {t().rated(rated === 'good')}
      </p>
    );
  }
  return (
    <form
      class="rate"
      aria-label={t().rateChat}
      onSubmit={(event) => {
        event.preventDefault();
        if (choice) onRate(choice, comment);
      }}
    >
      <fieldset class="rate-choices">
        <legend>{t().rateQuestion}</legend>
        {(['good', 'bad'] as const).map((value) => (
          <button
            key={value}
            type="button"
            class="secondary"
            aria-pressed={choice === value}
            onClick={() => setChoice(value)}
          >
            {value === 'good' ? t().rateGood : t().rateBad}
          </button>
        ))}
      </fieldset>
      <Field id="rate-comment" label={t().rateComment}>
        {(described) => (
          <textarea
            {...described}
            rows={2}
            maxLength={1000}
            value={comment}
            onInput={(e) => setComment(e.currentTarget.value)}
          />
        )}
      </Field>
      <button type="submit" class="primary" disabled={busy || !choice}>
        {t().sendRating}
      </button>
    </form>
  );
}
