import { isValidElement, type ReactNode } from 'react';

/** A column heading that needs more than its text: a class (numbers align right) or a label only screen readers hear. */
export interface Column {
  label: ReactNode;
  className?: string;
  /** Read out but not shown (an actions column whose buttons speak for themselves). */
  hidden?: boolean;
}

export type Heading = ReactNode | Column;

/** A right-aligned column of counts (the console's tables use the `numeric` class, the reports `num`). */
export const numericColumn = (label: ReactNode, className = 'numeric'): Column => ({ label, className });

/** An actions column: its heading is for screen readers only. */
export const hiddenColumn = (label: ReactNode): Column => ({ label, hidden: true });

const isColumn = (heading: Heading): heading is Column =>
  typeof heading === 'object' && heading !== null && !isValidElement(heading) && 'label' in heading;

/** The header row of a list table: one column heading each, in order. */
export function TableHead({ columns }: { columns: readonly Heading[] }) {
  return (
    <thead>
      <tr>
        {columns.map((heading, index) => {
          const column = isColumn(heading) ? heading : { label: heading };
          return (
            <th key={index} scope="col" className={column.className}>
              {column.hidden ? <span className="visually-hidden">{column.label}</span> : column.label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
