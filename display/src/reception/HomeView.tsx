import type { ReactNode } from 'react';
import { useReceptionStrings } from './useReceptionStrings.ts';
import { ProcedureList } from './ProcedureButton.tsx';
import type { Catalogue } from './useCatalogue.ts';

interface Props {
  catalogue: Catalogue;
  onSearch: () => void;
  onOpen: (id: string) => void;
  /** Opens "Tìm hiểu CCHC" (the quiz); absent = no entry. */
  onQuiz?: () => void;
}

/** A titled grid of tiles: the procedures by life situation, then by field. */
function TileSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="rk-section" aria-labelledby={id}>
      <h3 className="rk-section__title" id={id}>
        {title}
      </h3>
      <div className="rk-grid">{children}</div>
    </section>
  );
}

/** The first page after a touch: a search box, then every procedure by life situation and by field (lĩnh vực). */
export function HomeView({ catalogue, onSearch, onOpen, onQuiz }: Props) {
  const t = useReceptionStrings().reception;
  const quiz = useReceptionStrings().quiz;
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
      {onQuiz && (
        <button type="button" className="rk-quiz-entry" onClick={onQuiz} data-testid="rk-open-quiz">
          <span className="rk-quiz-entry__title">{quiz.entryTitle}</span>
          <span>{quiz.entryHint}</span>
        </button>
      )}
      {catalogue.procedures.length === 0 && <p className="rk-empty">{t.noProcedures}</p>}
      {catalogue.situations.length > 0 && (
        <TileSection id="rk-situations" title={t.bySituation}>
          {catalogue.situations.map(({ situation, items }) => (
            <section key={situation.id} className="rk-tile" data-testid="rk-situation" data-situation={situation.id}>
              <h4 className="rk-tile__title">{t.situationTitle(situation)}</h4>
              <ProcedureList items={items} onOpen={onOpen} />
            </section>
          ))}
        </TileSection>
      )}
      {catalogue.fields.length > 0 && (
        <TileSection id="rk-fields" title={t.byField}>
          {catalogue.fields.map(({ field, items }) => (
            <section key={field} className="rk-tile" data-testid="rk-field">
              <h4 className="rk-tile__title">
                {field} <span className="rk-tile__count">· {t.procedures(items.length)}</span>
              </h4>
              <ProcedureList items={items} onOpen={onOpen} />
            </section>
          ))}
        </TileSection>
      )}
    </div>
  );
}
