import { useStrings } from '../i18n.ts';
import { useReceptionStrings } from './useReceptionStrings.ts';
import type { Procedure } from './useCatalogue.ts';

/** "Thành phần hồ sơ" as a real table: number, document, Bản chính, Bản sao; group titles span the row. */
export function DossierTable({ procedure }: { procedure: Procedure }) {
  const t = useStrings();
  const r = useReceptionStrings().reception;
  const count = (n: number | null) => (n === null ? t.noValue : String(n));
  return (
    <table className="rk-table" data-testid="rk-dossier-table">
      <thead>
        <tr>
          <th scope="col" className="rk-table__num">
            {r.dossierNumber}
          </th>
          <th scope="col">{t.dossierDocument}</th>
          <th scope="col" className="rk-table__count">
            {t.dossierOriginals}
          </th>
          <th scope="col" className="rk-table__count">
            {t.dossierCopies}
          </th>
        </tr>
      </thead>
      <tbody>
        {procedure.dossier.flatMap((row, i) => {
          const rows = [];
          // A group title starts each run of rows with the same group.
          if (row.group && row.group !== procedure.dossier[i - 1]?.group) {
            rows.push(
              <tr key={`group-${i}`} className="rk-table__group">
                <th scope="rowgroup" colSpan={4}>
                  {row.group}
                </th>
              </tr>,
            );
          }
          rows.push(
            <tr key={`doc-${i}`}>
              <td className="rk-table__num">{i + 1}</td>
              <td>{row.document}</td>
              <td className="rk-table__count">{count(row.originals)}</td>
              <td className="rk-table__count">{count(row.copies)}</td>
            </tr>,
          );
          return rows;
        })}
      </tbody>
    </table>
  );
}
