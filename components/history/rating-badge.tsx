import type { HistoryRating } from '../../utils/domain/model.ts';
import { t } from '../../utils/i18n.ts';

const LABELS: Record<HistoryRating, string> = {
  good: t('ratedGood'),
  bad: t('ratedBad'),
  none: t('notRated'),
};

/** The visitor's verdict, in words (not colour alone). */
export function RatingBadge({ rating }: { rating: HistoryRating }) {
  return <span class={`rating rating--${rating}`}>{LABELS[rating]}</span>;
}
