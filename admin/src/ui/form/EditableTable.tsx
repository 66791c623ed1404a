import type { ReactNode } from 'react';
import { hiddenColumn, TableHead, type Heading } from '../TableHead.tsx';

interface EditableTableProps<R> {
  className: string;
  /** The headings of the row's own cells (the remove column is added). */
  columns: readonly Heading[];
  rows: readonly R[];
  rowTestId: string;
  /** The row's inputs, one `<td>` each. */
  cells: (row: R, index: number) => ReactNode;
  /** The remove button's text, also the (screen-reader only) heading of its column. */
  removeText: string;
  /** A name that says which row the button removes, and its test id. */
  removeButton?: (row: R, index: number) => { label?: string; testId?: string };
  onRemove: (index: number) => void;
}

/** A settings list edited in place (reform areas, holidays): one table row per entry, each with its remove button. */
export function EditableTable<R>({ className, columns, rows, rowTestId, cells, removeText, removeButton, onRemove }: EditableTableProps<R>) {
  return (
    <table className={className}>
      <TableHead columns={[...columns, hiddenColumn(removeText)]} />
      <tbody>
        {rows.map((row, index) => {
          const remove = removeButton?.(row, index);
          return (
            <tr key={index} data-testid={rowTestId}>
              {cells(row, index)}
              <td>
                <button type="button" className="button button--small" aria-label={remove?.label} onClick={() => onRemove(index)} data-testid={remove?.testId}>
                  {removeText}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
