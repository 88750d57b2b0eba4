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

/** The operators' columns: an operator has no missed chats and no off-line messages. */
const OPERATOR_COLUMNS = COLUMNS.filter((_, i) => i !== 1 && i !== COLUMNS.length - 1);

/** One row's figures under `columns`. */
function FigureCells({
  values,
  columns,
}: {
  values: (string | number)[];
  columns: readonly string[];
}) {
  return (
    <>
      {values.map((value, i) => (
        <td key={columns[i]} class="number">
          {value}
        </td>
      ))}
    </>
  );
}

function HeaderRow({ first, columns }: { first: string; columns: readonly string[] }) {
  return (
    <tr>
      <th scope="col">{first}</th>
      {columns.map((c) => (
        <th key={c} scope="col" class="number">
          {c}
        </th>
      ))}
    </tr>
  );
}

/** The range's figures day by day (the chart's data) with the total. */
export function DaysTable({ report }: { report: MergedReport }) {
  return (
    <table class="admin-table report-table">
      <caption>{t('dayByDayUtc')}</caption>
      <thead>
        <HeaderRow first={t('day')} columns={COLUMNS} />
      </thead>
      <tbody>
        {[...report.days].reverse().map(({ day, figures }) => (
          <tr key={day}>
            <th scope="row">{day}</th>
            <FigureCells values={cells(figures, true)} columns={COLUMNS} />
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('allDays')}</th>
          <FigureCells values={cells(report.total, true)} columns={COLUMNS} />
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
  return (
    <table class="admin-table report-table">
      <caption>{t('byOperator')}</caption>
      <thead>
        <HeaderRow first={t('operator')} columns={OPERATOR_COLUMNS} />
      </thead>
      <tbody>
        {rows.map(({ uid, figures }) => (
          <tr key={uid}>
            <th scope="row">{nameOf(uid)}</th>
            <FigureCells
              values={cells(figures, false).filter((_, column) => column !== 1)}
              columns={OPERATOR_COLUMNS}
            />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
