import {
  formatDuration,
  formatShare,
  type MergedReport,
  type ReportFigures,
} from '../../../utils/domain/reports.ts';
import { t } from '../../../utils/i18n.ts';

const COLUMNS = [
  t('reportChats'),
  t('reportMissed'),
  t('reportFirstResponseP50'),
  t('reportFirstResponseP90'),
  t('reportAverageDuration'),
  t('reportRatedGood'),
  t('reportOfflineMessages'),
] as const;

function cells(figures: ReportFigures, withOffline: boolean) {
  return [
    figures.chats,
    figures.missed,
    formatDuration(figures.responseP50Ms),
    formatDuration(figures.responseP90Ms),
    formatDuration(figures.averageDurationMs),
    figures.rated > 0 ? `${formatShare(figures.shareGood)} of ${figures.rated}` : '—',
    ...(withOffline ? [figures.offlineMessages] : []),
  ];
}

/** The range's figures day by day (the chart's data) with the total. */
export function DaysTable({ report }: { report: MergedReport }) {
  return (
    <table class="admin-table report-table">
      <caption>{t('dayByDayUtc')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('day')}</th>
          {COLUMNS.map((c) => (
            <th key={c} scope="col" class="number">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {[...report.days].reverse().map(({ day, figures }) => (
          <tr key={day}>
            <th scope="row">{day}</th>
            {cells(figures, true).map((value, i) => (
              <td key={COLUMNS[i]} class="number">
                {value}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('allDays')}</th>
          {cells(report.total, true).map((value, i) => (
            <td key={COLUMNS[i]} class="number">
              {value}
            </td>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}

/**
 * Each operator over the range: the chats they took part in (a transferred chat counts for both),
 * their first responses and the ratings of their chats. Missed chats belong to no operator.
 */
export function OperatorsTable({
  report,
  nameOf,
}: {
  report: MergedReport;
  nameOf: (uid: string) => string;
}) {
  if (report.operators.length === 0) return <p class="empty">{t('noOperatorAnsweredAChatIn')}</p>;
  const rows = [...report.operators].sort((a, b) => nameOf(a.uid).localeCompare(nameOf(b.uid)));
  const columns = COLUMNS.filter((c) => c !== 'Missed' && c !== 'Off-line messages');
  return (
    <table class="admin-table report-table">
      <caption>{t('byOperator')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('operator')}</th>
          {columns.map((c) => (
            <th key={c} scope="col" class="number">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ uid, figures }) => {
          const [chats, _missed, ...rest] = cells(figures, false);
          return (
            <tr key={uid}>
              <th scope="row">{nameOf(uid)}</th>
              {[chats, ...rest].map((value, i) => (
                <td key={columns[i]} class="number">
                  {value}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
