import {
  calendarDate,
  formatRankVi,
  indexChange,
  isStaleIndexYear,
  keepTogether,
  previousResult,
  type PublicContentOf,
} from '@bangtin/shared';
import { displayTimeZone } from '../frame/timeZone.ts';
import { useStrings } from '../i18n.ts';
import { chartOf, formatPlacesChange, formatPointsChange, formatScore, pointsWords, trendOf, type Change } from './indexFormat.ts';
import { IndexTrendChart } from './IndexTrendChart.tsx';
import { SlideShell } from './SlideShell.tsx';
import { useSnapshot } from './snapshotContext.ts';

type IndexResult = PublicContentOf<'indexResult'>;

function ChangeLine({ change }: { change: Change | null }) {
  if (!change) return null;
  return (
    <span className={`change change--${change.direction}`}>
      {change.mark && <span className="change__mark" aria-hidden="true">{change.mark} </span>}
      {change.text}
    </span>
  );
}

/** The year on the kiosk's last snapshot (the server's clock, in the school's timezone): what "stale" is measured from. */
function useCurrentYear(): number {
  const { generatedAt, school } = useSnapshot();
  return Number(calendarDate(new Date(generatedAt), displayTimeZone(school.timezone)).slice(0, 4));
}

/**
 * One result of one index, said first as one plain sentence ("Hà Nội xếp thứ 3/63 về …, tăng 1,14 điểm so với năm
 * 2023"), then as figures: only the tiles that have a value, the change computed from last year's figures when the
 * series on air has them, and a trend that never mixes ranks out of different totals. A result older than the
 * latest published ones says its year in words.
 */
export function IndexResultSlide({ item }: { item: IndexResult }) {
  const t = useStrings();
  const snapshot = useSnapshot();
  const stale = isStaleIndexYear(item.year, useCurrentYear());
  const name = t.indexName(item.index);
  const trend = trendOf(snapshot.items, item);
  const change = indexChange(item, previousResult(trend, item));
  const points = formatPointsChange(item, change.points, t);
  const places = formatPlacesChange(change.places, t);
  const rank = item.rank === null ? null : formatRankVi(item.rank, item.rankOf);
  const score = item.score === null ? null : formatScore(item, t);
  const sentence = t.wall.indexSentence({
    scope: item.scope,
    indexName: name.name,
    year: item.year,
    rank,
    score,
    group: item.group,
    points: pointsWords(item, change.points, t),
    places: places && { direction: places.direction, text: t.indexPlaces(Math.abs(change.places ?? 0)) },
    sinceYear: change.sinceYear,
    stale,
  });
  const hasChart = chartOf(trend, item) !== null;
  return (
    <SlideShell item={item} className="paper">
      <div className="index-result" data-stale={stale}>
        <header className="index-result__head">
          <p className="slide-kicker">{t.typeLabel('indexResult')}</p>
          <h2 className="index-result__title">
            <span className="index-result__short">{name.short}</span> <span className="index-result__year">{item.year}</span>
          </h2>
          {stale && (
            <p className="index-result__stale" data-testid="index-stale">
              {t.wall.indexStale(item.year)}
            </p>
          )}
          <p className="index-result__sentence" data-testid="index-sentence">
            {keepTogether(sentence)}
          </p>
        </header>
        <div className={hasChart ? 'index-result__main' : 'index-result__main index-result__main--figures-only'}>
          <div className="index-result__body">
            <dl className="index-result__figures">
              {score !== null && (
                <div className="figure figure--score">
                  <dt>{t.indexScore}</dt>
                  <dd>{score}</dd>
                </div>
              )}
              {rank !== null && (
                <div className="figure">
                  <dt>{t.indexRank}</dt>
                  <dd>{rank}</dd>
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
            {hasChart && <IndexTrendChart history={trend} current={item} />}
          </div>
          {item.note && (
            <footer className="index-result__note">
              <p>{keepTogether(item.note)}</p>
            </footer>
          )}
        </div>
      </div>
    </SlideShell>
  );
}
