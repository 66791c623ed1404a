import { describe, expect, it } from 'vitest';
import { indexChange, indexWarnings, isStaleIndexYear, type IndexFigures } from '@bangtin/shared';

const result = (over: Partial<IndexFigures>): IndexFigures => ({
  index: 'PAR_INDEX', scope: 'Hà Nội', year: 2024, score: null, unit: '%', rank: null, rankOf: null, changePoints: null, changePlaces: null, ...over,
});
const par2023 = result({ year: 2023, score: 91.43, rank: 3, rankOf: 63 });
const par2024 = result({ year: 2024, score: 92.57, rank: 3, rankOf: 63, changePoints: 1.32 });

describe('index changes come from the figures shown', () => {
  it('PAR INDEX 91,43 → 92,57 is +1,14 points, whatever was typed (+1,32)', () => {
    expect(indexChange(par2024, par2023)).toEqual({ points: 1.14, places: 0, sinceYear: 2023 });
  });

  it('ranks out of different totals (6/63 then 1/34) give no change of places, even a typed one', () => {
    const dti2023 = result({ index: 'DTI', year: 2023, rank: 6, rankOf: 63, unit: '' });
    const dti2024 = result({ index: 'DTI', year: 2024, rank: 1, rankOf: 34, unit: '', score: 0.8241, changePlaces: 5 });
    expect(indexChange(dti2024, dti2023).places).toBeNull();
  });

  it('without last year in the series, the typed change is used as published', () => {
    expect(indexChange(result({ changePoints: 2.93, changePlaces: 10 }), null)).toEqual({ points: 2.93, places: 10, sinceYear: 2023 });
  });
});

describe('the editor warns before stale or contradicting figures reach a wall', () => {
  it('results older than two years are stale (ICT 2018 in 2026), the latest published ones are not (2024 in 2026)', () => {
    expect(isStaleIndexYear(2018, 2026)).toBe(true);
    expect(isStaleIndexYear(2023, 2026)).toBe(true);
    expect(isStaleIndexYear(2024, 2026)).toBe(false);
    expect(indexWarnings(result({ index: 'ICT_INDEX', year: 2018, rank: 3, rankOf: 63 }), [], 2026)).toEqual([{ code: 'stale', year: 2018, age: 8 }]);
  });

  it('a typed change that the two years contradict is named with the computed value', () => {
    expect(indexWarnings(par2024, [par2023, par2024], 2026)).toEqual([{ code: 'pointsMismatch', typed: 1.32, computed: 1.14, previousYear: 2023 }]);
  });

  it('places typed across different totals, a rank without its total, a rank above it, a percentage over 100, no figures', () => {
    const dti2023 = result({ index: 'DTI', year: 2023, rank: 6, rankOf: 63, unit: '' });
    const dti2024 = result({ index: 'DTI', year: 2024, rank: 1, rankOf: 34, unit: '', score: 0.8241, changePlaces: 5 });
    expect(indexWarnings(dti2024, [dti2023], 2026)).toEqual([{ code: 'placesAcrossTotals', previousYear: 2023, previousRankOf: 63, rankOf: 34 }]);
    expect(indexWarnings(result({ rank: 3 }), [], 2026).map((w) => w.code)).toEqual(['rankWithoutTotal']);
    expect(indexWarnings(result({ rank: 70, rankOf: 63 }), [], 2026).map((w) => w.code)).toEqual(['rankOverTotal']);
    expect(indexWarnings(result({ score: 192.57 }), [], 2026).map((w) => w.code)).toEqual(['percentOutOfRange']);
    expect(indexWarnings(result({}), [], 2026).map((w) => w.code)).toEqual(['noFigures']);
  });
});
