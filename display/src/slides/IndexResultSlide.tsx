import { formatRankVi, type PublicContentOf } from '@bangtin/shared';
import { useStrings } from '../i18n.ts';
import { chartKindOf, formatPlacesChange, formatPointsChange, formatScore, trendOf, type Change } from './indexFormat.ts';
import { IndexTrendChart } from './IndexTrendChart.tsx';
import { SlideShell } from './SlideShell.tsx';
import { useSnapshot } from './snapshotContext.ts';

function ChangeLine({ change }: { change: Change | null }) {
  if (!change) return null;
  return (
    <span className={`change change--${change.direction}`}>
      {change.mark && <span className="change__mark" aria-hidden="true">{change.mark} </span>}
      {change.text}
    </span>
  );
}

export function IndexResultSlide({ item }: { item: PublicContentOf<'indexResult'> }) {
  const t = useStrings();
  const snapshot = useSnapshot();
  const name = t.indexName(item.index);
  const trend = trendOf(snapshot.items, item);
  const points = formatPointsChange(item, t);
  const places = formatPlacesChange(item.changePlaces, t);
  const hasChart = chartKindOf(trend) !== null;
  return (
    <SlideShell item={item} className="paper">
      <div className="index-result">
        <header className="index-result__head">
          <p className="slide-kicker">{t.typeLabel('indexResult')}</p>
          <h2 className="index-result__title">
            <span className="index-result__short">{name.short}</span> <span className="index-result__year">{item.year}</span>
          </h2>
          <p className="index-result__name">{name.name}</p>
          <p className="index-result__scope">{item.scope}</p>
        </header>
        <div className={hasChart ? 'index-result__main' : 'index-result__main index-result__main--figures-only'}>
        <div className="index-result__body">
          <dl className="index-result__figures">
            <div className="figure figure--score">
              <dt>{t.indexScore}</dt>
              <dd>{formatScore(item, t)}</dd>
            </div>
            {item.rank !== null && (
              <div className="figure">
                <dt>{t.indexRank}</dt>
                <dd>{formatRankVi(item.rank, item.rankOf)}</dd>
              </div>
            )}
            {(points || places) && (
              <div className="figure figure--change">
                <dt>{t.indexChange}</dt>
                <dd>
                  <ChangeLine change={points} />
                  <ChangeLine change={places} />
                </dd>
              </div>
            )}
          </dl>
          {hasChart && <IndexTrendChart history={trend} currentYear={item.year} />}
        </div>
        {(item.group || item.note) && (
          <footer className="index-result__note">
            {item.group && <p className="index-result__group">{item.group}</p>}
            {item.note && <p>{item.note}</p>}
          </footer>
        )}
        </div>
      </div>
    </SlideShell>
  );
}
