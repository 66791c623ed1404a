import type { PublicContentOf } from '@bangtin/shared';
import type { ReactNode } from 'react';
import { useStrings } from '../../i18n.ts';

interface Props {
  procedure: Pick<PublicContentOf<'procedure'>, 'code' | 'field' | 'level'>;
  className: string;
  /** Tags after the level (the reception adds "sample"). */
  children?: ReactNode;
}

/** The line above a procedure's name — code, field, level — on the slide and in the reception's detail page alike. */
export function ProcedureMeta({ procedure, className, children }: Props) {
  const t = useStrings();
  return (
    <p className={className}>
      <span className="procedure__code">
        {t.procedureCode} {procedure.code}
      </span>
      <span>
        {t.procedureField}: {procedure.field}
      </span>
      {procedure.level.length > 0 && (
        <span>
          {t.procedureLevel}: {procedure.level.join(', ')}
        </span>
      )}
      {children}
    </p>
  );
}
