import { useState } from 'react';
import type { UnitCreated } from '@bangtin/shared';
import { PageHeader } from '../ui/layout/PageHeader.tsx';
import { LoadFailure, Loading } from '../ui/Status.tsx';
import { TableHead } from '../ui/TableHead.tsx';
import { useLoad } from '../ui/hooks/useLoad.ts';
import { usePageKit } from '../ui/hooks/usePageKit.ts';
import { useCurrentUser } from '../session.tsx';
import { CreatedAdmin } from './CreatedAdmin.tsx';
import { CreateUnitForm } from './CreateUnitForm.tsx';
import { UnitRow } from './UnitRow.tsx';
import { useUnitContext } from './UnitProvider.tsx';

/**
 * "Đơn vị trực thuộc" (issue #15 item 1): the ward's administrators list, add and rename the schools and offices under
 * it. Only at the root and only for admins (the server refuses everyone else; the menu shows the page to them only).
 */
export function UnitsPage() {
  const { t } = usePageKit();
  const context = useUnitContext();
  const user = useCurrentUser();
  const allowed = context?.isRoot === true && user.role === 'admin';
  return (
    <section className="list-page" aria-labelledby="units-title">
      <PageHeader titleId="units-title" title={t('units.title')} intro={allowed ? t('units.intro') : undefined} />
      {context === null ? <Loading /> : allowed ? <MemberUnits /> : <p className="alert alert--info">{t('units.onlyRoot')}</p>}
    </section>
  );
}

function MemberUnits() {
  const { api, t } = usePageKit();
  const units = useLoad('units', api.units.list);
  const [created, setCreated] = useState<UnitCreated | null>(null);
  return (
    <>
      {created ? (
        <CreatedAdmin created={created} onDone={() => setCreated(null)} />
      ) : (
        <CreateUnitForm
          onCreated={(next) => {
            units.update((list) => [...list, next.unit]);
            setCreated(next);
          }}
        />
      )}
      {units.data === undefined ? (
        units.loading ? (
          <Loading />
        ) : (
          <LoadFailure error={units.error} onRetry={units.retry} />
        )
      ) : units.data.length === 0 ? (
        <p className="muted" data-testid="units-empty">
          {t('units.empty')}
        </p>
      ) : (
        <table className="content-table" data-testid="units-table">
          <TableHead columns={[t('units.colUnit'), t('units.colAddress'), t('units.colScreens'), t('units.colUsers'), t('units.colActions')]} />
          <tbody>
            {units.data.map((unit) => (
              <UnitRow key={unit.id} unit={unit} onSaved={(saved) => units.update((list) => list.map((u) => (u.id === saved.id ? saved : u)))} />
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
