import { useStrings } from '../i18n.ts';
import { ProcedureList } from './ProcedureButton.tsx';
import type { Catalogue } from './useCatalogue.ts';

interface Props {
  catalogue: Catalogue;
  onSearch: () => void;
  onOpen: (id: string) => void;
}

/** The first page after a touch: a search box, then every procedure by life situation and by field (lĩnh vực). */
export function HomeView({ catalogue, onSearch, onOpen }: Props) {
  const t = useStrings().reception;
  return (
    <div className="rk-view rk-scroll" data-testid="rk-home-view" tabIndex={-1}>
      <h2 className="rk-title">{t.homeTitle}</h2>
      <button type="button" className="rk-searchbox" onClick={onSearch} data-testid="rk-open-search">
        <span className="rk-searchbox__icon" aria-hidden="true">
          ⌕
        </span>
        <span className="rk-searchbox__text">{t.searchPlaceholder}</span>
      </button>
      <p className="rk-hint">{t.searchHint}</p>
      {catalogue.procedures.length === 0 && <p className="rk-empty">{t.noProcedures}</p>}
      {catalogue.situations.length > 0 && (
        <section className="rk-section" aria-labelledby="rk-situations">
          <h3 className="rk-section__title" id="rk-situations">
            {t.bySituation}
          </h3>
          <div className="rk-grid">
            {catalogue.situations.map(({ situation, items }) => (
              <section key={situation.id} className="rk-tile" data-testid="rk-situation" data-situation={situation.id}>
                <h4 className="rk-tile__title">{t.situationTitle(situation)}</h4>
                <ProcedureList items={items} onOpen={onOpen} />
              </section>
            ))}
          </div>
        </section>
      )}
      {catalogue.fields.length > 0 && (
        <section className="rk-section" aria-labelledby="rk-fields">
          <h3 className="rk-section__title" id="rk-fields">
            {t.byField}
          </h3>
          <div className="rk-grid">
            {catalogue.fields.map(({ field, items }) => (
              <section key={field} className="rk-tile" data-testid="rk-field">
                <h4 className="rk-tile__title">
                  {field} <span className="rk-tile__count">· {t.procedures(items.length)}</span>
                </h4>
                <ProcedureList items={items} onOpen={onOpen} />
              </section>
            ))}
          </div>
        </section>
      )}
    </div>
  );
}
