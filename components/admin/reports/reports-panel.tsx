import { useEffect, useMemo, useState } from 'preact/hooks';
import { ReportStore } from '../../../utils/data/stores/report-store.ts';
import { lastDays } from '../../../utils/domain/reports.ts';
import type { ControlPanelProps } from '../../options/panel-registry.ts';
import { useAdminData } from '../shared/use-admin-data.ts';
import { MissedChats } from './missed-chats.tsx';
import { DaysTable, OperatorsTable } from './report-tables.tsx';
import { TrendChart } from './trend-chart.tsx';
import './reports.css';
import { t } from '../../../utils/i18n.ts';

const PRESETS = [7, 30, 90] as const;

/**
 * Reports for admins (ADR 009): chats, missed chats, first response, duration, ratings and
 * off-line messages per day and per operator over a chosen range of UTC days, read from the
 * daily aggregates the functions keep (a 90-day report reads at most 90 × (operators + 1)
 * documents), with the trend as a chart and every figure as a table.
 */
export function ReportsPanel({ operator }: ControlPanelProps) {
  const data = useAdminData(operator, ['operators']);
  const store = useMemo(
    () => (data ? new ReportStore(data.context.db, data.context.workspaceId) : null),
    [data],
  );
  const [range, setRange] = useState(() => lastDays(30, new Date()));
  // Every request reads again (the figures change as chats end), the same range included.
  const show = (next: { from: string; to: string }) => {
    setRange(next);
    void store?.load(next.from, next.to);
  };
  useEffect(() => {
    void store?.load(range.from, range.to);
  }, [store]);
  if (!data || !store) return <p class="muted">{t('loading')}</p>;
  const names = new Map(data.operators.items.value.map((op) => [op.id, op.displayName]));
  const report = store.report.value;
  const loading = store.status.value === 'loading';
  return (
    <section class="admin-panel reports-panel" aria-labelledby="reports-title">
      <h2 id="reports-title">{t('reports')}</h2>
      <form
        class="row report-range"
        aria-label={t('reportRange')}
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          show({ from: String(form.get('from')), to: String(form.get('to')) });
        }}
      >
        <label>
          {t('from')}{' '}
          <input type="date" name="from" required value={range.from} key={`f${range.from}`} />
        </label>
        <label>
          {t('to')} <input type="date" name="to" required value={range.to} key={`t${range.to}`} />
        </label>
        <button type="submit">{t('showReport')}</button>
        {PRESETS.map((days) => (
          <button key={days} type="button" onClick={() => show(lastDays(days, new Date()))}>
            {t('lastDays', days)}
          </button>
        ))}
      </form>
      <p class="muted">{t('daysAreUtcDaysAChat')}</p>
      {store.error.value && (
        <p class="form-error" role="alert">
          {store.error.value}
        </p>
      )}
      {loading && (
        <p class="muted" role="status">
          {t('loadingTheReport')}
        </p>
      )}
      {report && !loading && (
        <>
          <p role="status" class="report-summary">
            {t(
              'chatsMissedOffLineMessagesFrom',
              report.total.chats,
              report.total.missed,
              report.total.offlineMessages,
              store.range.value?.from ?? '',
              store.range.value?.to ?? '',
            )}
          </p>
          <TrendChart days={report.days} />
          <DaysTable report={report} />
          <OperatorsTable report={report} nameOf={(uid) => names.get(uid) ?? t('formerOperator')} />
          <MissedChats
            rows={store.missed.value}
            loading={store.missedStatus.value === 'loading'}
            hasMore={store.missedHasMore.value}
            onMore={() => void store.moreMissed()}
          />
        </>
      )}
    </section>
  );
}
