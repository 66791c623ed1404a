import { useStrings } from '../i18n.ts';
import type { Procedure } from './useCatalogue.ts';

/** One procedure as a big touch target: its official name and national code. */
export function ProcedureButton({ procedure, onOpen }: { procedure: Procedure; onOpen: (id: string) => void }) {
  const t = useStrings();
  return (
    <button
      type="button"
      className="rk-procedure"
      onClick={() => onOpen(procedure.id)}
      data-testid="rk-procedure"
      data-code={procedure.code}
    >
      <span className="rk-procedure__name">{procedure.name}</span>
      <span className="rk-procedure__code">
        {t.procedureCode} {procedure.code}
      </span>
    </button>
  );
}

/** A tile's list of procedures (home page: by life situation, by field). */
export function ProcedureList({ items, onOpen }: { items: readonly Procedure[]; onOpen: (id: string) => void }) {
  return (
    <ul className="rk-list">
      {items.map((p) => (
        <li key={p.id}>
          <ProcedureButton procedure={p} onOpen={onOpen} />
        </li>
      ))}
    </ul>
  );
}
