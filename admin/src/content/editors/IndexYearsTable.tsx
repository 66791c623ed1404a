import { INDEX_VI, formatNumberVi, formatRankVi, type ReformIndex } from '@bangtin/shared';
import { useLoad } from '../../ui/hooks/useLoad.ts';
import { useI18n } from '../../i18nContext.tsx';
import { Link } from '../../router.tsx';
import { useApi } from '../../session.tsx';
import { StatusBadge } from '../Badges.tsx';
import { TableHead } from '../../ui/TableHead.tsx';

interface IndexYearsTableProps {
  index: ReformIndex;
  scope: string;
  currentId: string | null;
}

/** The series this result belongs to, year by year with rank-of: what the slide's trend chart will draw. */
export function IndexYearsTable({ index, scope, currentId }: IndexYearsTableProps) {
  const api = useApi();
  const { t } = useI18n();
  const all = useLoad('content:indexResult:all', () => api.content.list({ type: 'indexResult' }));
  const key = scope.trim().normalize('NFC');
  const rows = (all.data ?? [])
    .flatMap((c) => (c.type === 'indexResult' && c.index === index && c.scope === key && c.status !== 'archived' ? [c] : []))
    .sort((a, b) => a.year - b.year);
  return (
    <section className="index-years" aria-label={t('index.years', { index: INDEX_VI[index].short, scope: key })}>
      <h3 className="form-section__subtitle">{t('index.years', { index: INDEX_VI[index].short, scope: key || '…' })}</h3>
      {rows.length === 0 ? (
        <p className="muted">{t('index.yearsEmpty')}</p>
      ) : (
        <table className="index-years__table" data-testid="index-years">
          <TableHead columns={[t('index.year'), t('index.score'), t('index.rank'), t('list.colStatus')]} />
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>
                  {r.id === currentId ? (
                    `${r.year} ${t('index.this')}`
                  ) : (
                    <Link to={{ page: 'contentEdit', type: 'indexResult', id: r.id }}>{r.year}</Link>
                  )}
                </td>
                <td>{r.score === null ? '—' : `${formatNumberVi(r.score)} ${r.unit}`.trim()}</td>
                <td>{r.rank === null ? '—' : formatRankVi(r.rank, r.rankOf)}</td>
                <td>
                  <StatusBadge status={r.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
