import { cleanup, createEvent, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { OperatorPicker, type PickableOperator } from './operator-picker.tsx';

afterEach(cleanup);

const operators: PickableOperator[] = [
  { id: 'ada', displayName: 'Ada' },
  { id: 'nora', displayName: 'Nora' },
  { id: 'otto', displayName: 'Otto', note: 'inactive' },
];

function Harness(props: { initial?: string[]; disabled?: boolean }) {
  const [chosen, setChosen] = useState<string[]>(props.initial ?? []);
  return (
    <>
      <OperatorPicker
        operators={operators}
        chosen={chosen}
        onChange={setChosen}
        chosenLabel="Recipients"
        disabled={props.disabled}
      />
      <output data-testid="chosen">{chosen.join(',')}</output>
    </>
  );
}

const chosen = () => screen.getByTestId('chosen').textContent;
const list = (heading: RegExp) =>
  screen.getByRole('heading', { name: heading }).closest('section') as HTMLElement;

/** Fires a drag event carrying `transfer` (Testing Library would copy it into a new, empty one). */
function fireDrag(
  kind: 'dragStart' | 'dragOver' | 'drop',
  target: HTMLElement,
  transfer: DataTransfer,
) {
  const event = createEvent[kind](target);
  Object.defineProperty(event, 'dataTransfer', { value: transfer });
  fireEvent(target, event);
}

function drag(item: HTMLElement, target: HTMLElement) {
  const transfer = new DataTransfer();
  fireDrag('dragStart', item, transfer);
  fireDrag('dragOver', target, transfer);
  fireDrag('drop', target, transfer);
}

describe('OperatorPicker', () => {
  it('moves operators with their Add and Remove buttons (the keyboard way)', () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: 'Add Nora to Recipients' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add Ada to Recipients' }));
    expect(chosen()).toBe('nora,ada');
    expect(within(list(/^Recipients/)).getByText('Nora')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Nora from Recipients' }));
    expect(chosen()).toBe('ada');
  });

  it('moves operators by drag and drop both ways', () => {
    render(<Harness initial={['ada']} />);
    const noraItem = within(list(/^Operators/))
      .getByText('Nora')
      .closest('li') as HTMLElement;
    drag(noraItem, list(/^Recipients/));
    expect(chosen()).toBe('ada,nora');
    const adaItem = within(list(/^Recipients/))
      .getByText('Ada')
      .closest('li') as HTMLElement;
    drag(adaItem, list(/^Operators/));
    expect(chosen()).toBe('nora');
  });

  it('ignores drops of anything but an operator, and everything while disabled', () => {
    render(<Harness disabled />);
    const target = list(/^Recipients/);
    fireDrag('drop', target, new DataTransfer());
    const noraItem = within(list(/^Operators/))
      .getByText('Nora')
      .closest('li') as HTMLElement;
    drag(noraItem, target);
    expect(chosen()).toBe('');
    expect(
      (screen.getByRole('button', { name: 'Add Nora to Recipients' }) as HTMLButtonElement)
        .disabled,
    ).toBe(true);
  });

  it('shows notes, counts, empty states and operators that no longer exist', () => {
    render(<Harness initial={['gone']} />);
    expect(screen.getByText('(inactive)')).toBeTruthy();
    expect(screen.getByText('Removed operator')).toBeTruthy();
    expect(screen.getByRole('heading', { name: /Recipients \(1\)/ })).toBeTruthy();
    cleanup();
    render(<Harness />);
    expect(screen.getByText(/Drag operators here/)).toBeTruthy();
  });
});
