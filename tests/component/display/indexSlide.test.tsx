import { render, screen } from '@testing-library/react';
import type { DisplaySnapshot, PublicContentOf } from '@bangtin/shared';
import { describe, expect, it } from 'vitest';
import { IndexResultSlide } from '../../../display/src/slides/IndexResultSlide.tsx';
import { SnapshotContext } from '../../../display/src/slides/snapshotContext.ts';
import { SEED_SCREENS, seedSchool } from '../../../server/src/seed/demoDatabase.ts';

type IndexResult = PublicContentOf<'indexResult'>;

const result = (id: string, over: Partial<IndexResult>): IndexResult => ({
  id, type: 'indexResult', version: 1, validFrom: null, validUntil: null, durationSeconds: null, sample: false, source: '',
  index: 'PAR_INDEX', scope: 'Hà Nội', year: 2024, score: null, unit: '%', rank: null, rankOf: null, changePoints: null, changePlaces: null,
  group: '', note: '', ...over,
});

function renderSlide(item: IndexResult, siblings: IndexResult[] = []) {
  const gate = SEED_SCREENS[0];
  if (!gate) throw new Error('the seed has a gate screen');
  const snapshot: DisplaySnapshot = {
    version: 'v', generatedAt: '2026-12-05T03:00:00.000Z', screen: gate, school: seedSchool('Asia/Ho_Chi_Minh'),
    items: [item, ...siblings], emergency: null, nextChangeAt: null, schedule: null, catalogue: [],
  };
  return render(<SnapshotContext value={snapshot}><IndexResultSlide item={item} /></SnapshotContext>);
}

/** The sentence as a reader sees it (no-break spaces and word joiners are layout, not words). */
const sentence = () => (screen.getByTestId('index-sentence').textContent ?? '').replace(/\u00a0/g, ' ').replace(/\u2060/g, '');

describe('an index slide reads as one plain sentence from its own figures', () => {
  it('PAR INDEX 91,43 → 92,57: "+1,14 điểm" computed from the figures shown, not the typed "+1,32%"', () => {
    const { container } = renderSlide(
      result('p24', { score: 92.57, rank: 3, rankOf: 63, changePoints: 1.32 }),
      [result('p23', { year: 2023, score: 91.43, rank: 3, rankOf: 63 })],
    );
    expect(sentence()).toBe('Hà Nội xếp thứ 3/63 về Chỉ số cải cách hành chính năm 2024, đạt 92,57%, giữ nguyên thứ hạng, tăng 1,14 điểm so với năm 2023.');
    expect(container.querySelector('.figure--change dd')?.textContent).toBe('▲ +1,14 điểmGiữ nguyên thứ hạng');
    expect(container.textContent).not.toContain('1,32');
  });

  it('DTI 6/63 then 1/34: no change of places and no rank chart mixing the two totals', () => {
    const { container } = renderSlide(
      result('d24', { index: 'DTI', unit: '', score: 0.8241, rank: 1, rankOf: 34, changePlaces: 5 }),
      [result('d23', { index: 'DTI', unit: '', year: 2023, rank: 6, rankOf: 63 }), result('d22', { index: 'DTI', unit: '', year: 2022, rank: 24, rankOf: 63 })],
    );
    expect(sentence()).toBe('Hà Nội xếp thứ 1/34 về Chỉ số chuyển đổi số năm 2024, đạt 0,8241.');
    expect(container.querySelector('svg')).toBeNull();
    expect(container.textContent).not.toContain('bậc');
  });

  it('a missing score hides its tile (no big "—") and an old result (ICT 2018 in 2026) says it is not the latest', () => {
    const { container } = renderSlide(result('i18', { index: 'ICT_INDEX', year: 2018, rank: 3, rankOf: 63, unit: '' }));
    expect(container.querySelector('.figure--score')).toBeNull();
    expect(container.querySelector('.index-result__figures')?.textContent).not.toContain('—');
    expect(screen.getByTestId('index-stale').textContent).toContain('Kết quả năm 2018');
    expect(sentence()).toMatch(/^Năm 2018, Hà Nội xếp thứ 3\/63 về /);
  });
});
