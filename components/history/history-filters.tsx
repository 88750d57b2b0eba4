import { useState } from 'preact/hooks';
import { dayRange, type HistoryFilter } from '../../utils/domain/history.ts';
import type { HistoryRating } from '../../utils/domain/model.ts';
import { t } from '../../utils/i18n.ts';

export interface Choice {
  id: string;
  name: string;
}

export interface HistoryFiltersProps {
  /** Offered to admins only: a normal operator's History is always their own chats. */
  operators: Choice[] | null;
  departments: Choice[];
  onSearch: (filter: HistoryFilter) => void;
}

const RATINGS: { value: HistoryRating | ''; label: string }[] = [
  { value: '', label: t('anyRating') },
  { value: 'good', label: t('good') },
  { value: 'bad', label: t('bad') },
  { value: 'none', label: t('notRated') },
];

/** Date range, operator, department, rating and words; Enter in any field searches. */
export function HistoryFilters({ operators, departments, onSearch }: HistoryFiltersProps) {
  const [fromDay, setFromDay] = useState('');
  const [toDay, setToDay] = useState('');
  const [operatorId, setOperatorId] = useState('');
  const [departmentId, setDepartmentId] = useState('');
  const [rating, setRating] = useState<HistoryRating | ''>('');
  const [text, setText] = useState('');

  const submit = (event: Event) => {
    event.preventDefault();
    onSearch({
      ...dayRange(fromDay, toDay),
      ...(operatorId ? { operatorId } : {}),
      ...(departmentId ? { departmentId } : {}),
      ...(rating ? { rating } : {}),
      ...(text.trim() ? { text } : {}),
    });
  };

  return (
    <form class="history-filters" aria-label={t('filterHistory')} onSubmit={submit}>
      <label class="history-filters__words">
        {t('words')}
        <input
          type="search"
          value={text}
          placeholder={t('visitorNameEmailOrMessageWords')}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </label>
      <label>
        {t('from')}
        <input type="date" value={fromDay} onInput={(e) => setFromDay(e.currentTarget.value)} />
      </label>
      <label>
        {t('to')}
        <input type="date" value={toDay} onInput={(e) => setToDay(e.currentTarget.value)} />
      </label>
      {operators && (
        <label>
          {t('operator')}
          <select value={operatorId} onChange={(e) => setOperatorId(e.currentTarget.value)}>
            <option value="">{t('everyOperator')}</option>
            {operators.map((op) => (
              <option key={op.id} value={op.id}>
                {op.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t('department')}
        <select value={departmentId} onChange={(e) => setDepartmentId(e.currentTarget.value)}>
          <option value="">{t('everyDepartment')}</option>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('rating')}
        <select
          value={rating}
          onChange={(e) => setRating(e.currentTarget.value as HistoryRating | '')}
        >
          {RATINGS.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{t('searchHistory')}</button>
    </form>
  );
}
