import { formatNumberVi } from '@bangtin/shared';

/** One count of a look-up table ("1.234"), labelled with its column for the stacked phone layout. */
export function CountCell({ label, count, testId }: { label: string; count: number; testId?: string }) {
  return (
    <td className="numeric" data-label={label} data-testid={testId}>
      {formatNumberVi(count)}
    </td>
  );
}
