import type { ReportFigures } from '../../../utils/domain/reports.ts';
import { t } from '../../../utils/i18n.ts';

const WIDTH = 640;
const HEIGHT = 160;
const PAD = 24;

export interface TrendChartProps {
  days: { day: string; figures: ReportFigures }[];
}

/**
 * Chats per day as plain SVG bars (answered and missed stacked), drawn from the figures already
 * read: no chart library, nothing to load. The same figures are in the table below it, so the
 * image carries a title and a one-line summary for screen readers and nothing more.
 */
export function TrendChart({ days }: TrendChartProps) {
  const max = Math.max(1, ...days.map((d) => d.figures.chats));
  const slot = (WIDTH - PAD) / Math.max(1, days.length);
  const bar = Math.max(1, slot * 0.7);
  const scale = (n: number) => (n / max) * (HEIGHT - PAD);
  const total = days.reduce((sum, d) => sum + d.figures.chats, 0);
  const busiest = days.reduce<{ day: string; chats: number } | null>(
    (best, d) =>
      !best || d.figures.chats > best.chats ? { day: d.day, chats: d.figures.chats } : best,
    null,
  );
  return (
    <svg
      class="trend-chart"
      role="img"
      aria-labelledby="trend-title trend-desc"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      preserveAspectRatio="none"
    >
      <title id="trend-title">{t('chatsPerDay')}</title>
      <desc id="trend-desc">
        {busiest && busiest.chats > 0
          ? t('trendChartSummaryBusiest', total, days.length, busiest.day, busiest.chats)
          : t('trendChartSummary', total, days.length)}
      </desc>
      <line x1={PAD} y1={HEIGHT - PAD} x2={WIDTH} y2={HEIGHT - PAD} class="trend-chart__axis" />
      <text x={2} y={12} class="trend-chart__label">
        {max}
      </text>
      <text x={2} y={HEIGHT - PAD} class="trend-chart__label">
        0
      </text>
      {days.map((d, i) => {
        const x = PAD + i * slot + (slot - bar) / 2;
        const answered = d.figures.chats - d.figures.missed;
        return (
          <g key={d.day}>
            <rect
              class="trend-chart__answered"
              x={x}
              width={bar}
              y={HEIGHT - PAD - scale(answered)}
              height={scale(answered)}
            />
            <rect
              class="trend-chart__missed"
              x={x}
              width={bar}
              y={HEIGHT - PAD - scale(d.figures.chats)}
              height={scale(d.figures.missed)}
            />
          </g>
        );
      })}
      <text x={PAD} y={HEIGHT - 6} class="trend-chart__label">
        {days[0]?.day}
      </text>
      <text x={WIDTH} y={HEIGHT - 6} text-anchor="end" class="trend-chart__label">
        {days.at(-1)?.day}
      </text>
    </svg>
  );
}
