import type { HistoryRating } from '../../utils/domain/model.ts';

const LABELS: Record<HistoryRating, string> = {
  good: 'Rated good',
  bad: 'Rated bad',
  none: 'Not rated',
};

/** The visitor's verdict, in words (not colour alone). */
export function RatingBadge({ rating }: { rating: HistoryRating }) {
  return <span class={`rating rating--${rating}`}>{LABELS[rating]}</span>;
}
