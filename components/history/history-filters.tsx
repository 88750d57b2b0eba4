import { useState } from 'preact/hooks';
import { dayRange, type HistoryFilter } from '../../utils/domain/history.ts';
import type { HistoryRating } from '../../utils/domain/model.ts';

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
  { value: '', label: 'Any rating' },
  { value: 'good', label: 'Good' },
  { value: 'bad', label: 'Bad' },
  { value: 'none', label: 'Not rated' },
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
    <form class="history-filters" aria-label="Filter history" onSubmit={submit}>
      <label class="history-filters__words">
        Words
        <input
          type="search"
          value={text}
          placeholder="Visitor name, email or message words"
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </label>
      <label>
        From
        <input type="date" value={fromDay} onInput={(e) => setFromDay(e.currentTarget.value)} />
      </label>
      <label>
        To
        <input type="date" value={toDay} onInput={(e) => setToDay(e.currentTarget.value)} />
      </label>
      {operators && (
        <label>
          Operator
          <select value={operatorId} onChange={(e) => setOperatorId(e.currentTarget.value)}>
            <option value="">Every operator</option>
            {operators.map((op) => (
              <option key={op.id} value={op.id}>
                {op.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        Department
        <select value={departmentId} onChange={(e) => setDepartmentId(e.currentTarget.value)}>
          <option value="">Every department</option>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Rating
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
      <button type="submit">Search history</button>
    </form>
  );
}
