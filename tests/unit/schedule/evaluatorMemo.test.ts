import { describe, expect, it } from 'vitest';
import { evaluateSchedule, type EvaluatorEntry, type ScheduleState } from '@bangtin/shared';

const pad = (n: number) => String(n).padStart(2, '0');

/** A mixed school: weekly and cron entries, date ranges, groups, add and replace, a few disabled. */
function school(): ScheduleState {
  const screens = Array.from({ length: 12 }, (_, i) => ({ id: `s-${i}`, group: i % 3 === 0 ? '' : `g-${i % 4}`, defaultPlaylistId: i % 5 === 0 ? 'p-1' : null }));
  const content = Array.from({ length: 60 }, (_, i) => ({
    id: `c-${pad(i)}`,
    status: i % 13 === 0 ? ('draft' as const) : ('approved' as const),
    validFrom: i % 11 === 0 ? '2026-12-02' : null,
    validUntil: i % 7 === 0 ? '2026-12-03' : null,
    screens: i % 3 === 0 ? ('all' as const) : [`s-${i % 12}`],
    createdAt: `2026-01-01T00:00:${pad(i % 60)}.000Z`,
  }));
  const entries = Array.from({ length: 150 }, (_, i): EvaluatorEntry => {
    const start = (i * 53) % 1440;
    const end = (start + 20 + (i % 7) * 40) % 1440;
    return {
      id: `e-${pad(i)}`,
      enabled: i % 29 !== 0,
      contentIds: [`c-${pad(i % 60)}`, `c-${pad((i * 7) % 60)}`],
      playlistId: i % 17 === 0 ? 'p-1' : null,
      screens: i % 10 === 0 ? 'all' : { screenIds: [`s-${i % 12}`], groups: i % 4 === 0 ? [`g-${i % 4}`, `g-${(i + 1) % 4}`] : [] },
      dateFrom: i % 9 === 0 ? '2026-12-01' : null,
      dateUntil: i % 11 === 0 ? '2026-12-04' : null,
      rule:
        i % 6 === 0
          ? { kind: 'cron', expression: i % 12 === 0 ? `*/${5 + (i % 20)} * * * *` : `${i % 60} ${i % 24} * * ${1 + (i % 5)}`, durationMinutes: 5 + (i % 90) }
          : { kind: 'weekly', days: [1, 2, 3, 4, 5, 6, 7].filter((d) => (d + i) % 3 !== 0), windows: [{ start: `${pad(Math.floor(start / 60))}:${pad(start % 60)}`, end: `${pad(Math.floor(end / 60))}:${pad(end % 60)}` }] },
      priority: i % 5,
      mode: i % 4 === 0 ? 'replace' : 'add',
      durationSeconds: i % 8 === 0 ? 12 : null,
      createdAt: `2026-01-01T00:${pad(i % 60)}:00.000Z`,
    };
  });
  return { timezone: 'Asia/Ho_Chi_Minh', screens, content, entries, playlists: [{ id: 'p-1', contentIds: ['c-01', 'c-02', 'c-05'] }] };
}

/** The same school as new objects: nothing remembered from earlier evaluations can apply. */
const fresh = (state: ScheduleState): ScheduleState => structuredClone(state);
const plansOf = (state: ScheduleState, at: Date) => JSON.stringify([...evaluateSchedule(state, at)]);

describe('the evaluator remembers each entry between evaluations (until its next boundary) without changing any answer', () => {
  it('forwards, backwards and at boundaries, the same plans as a first evaluation of new objects', () => {
    const state = school();
    const start = new Date('2026-11-30T00:00:00+07:00').getTime();
    const forwards = Array.from({ length: 36 }, (_, i) => new Date(start + i * 251 * 60_000));
    const instants = [...forwards, ...[...forwards].reverse().filter((_, i) => i % 3 === 0)];
    for (const at of instants) {
      expect(plansOf(state, at)).toBe(plansOf(fresh(state), at));
      // The boundary itself, and just before it: where a remembered answer would first go wrong.
      const next = [...evaluateSchedule(state, at).values()].map((p) => p.nextChangeAt).filter((n): n is string => n !== null).sort()[0];
      if (next) {
        for (const t of [Date.parse(next) - 1, Date.parse(next)]) expect(plansOf(state, new Date(t))).toBe(plansOf(fresh(state), new Date(t)));
      }
    }
  });

  it('a list changed in place, or a new list of other objects, is never answered from what was kept for the old one', () => {
    const state = school();
    const at = new Date('2026-12-01T07:15:00+07:00');
    const entries = state.entries as EvaluatorEntry[];
    const content = state.content as ScheduleState['content'][number][];
    const last = () => entries.length - 1;
    const changes: [string, () => void][] = [
      ['an entry added in place', () => entries.push({ ...entries[1]!, id: 'e-new', priority: 9, mode: 'replace', screens: 'all', rule: { kind: 'weekly', days: [2], windows: [] } })],
      ['an entry replaced in place (disabled)', () => (entries[last()] = { ...entries[last()]!, enabled: false })],
      ['an item replaced in place (drafted)', () => (content[3] = { ...content[3]!, status: 'draft' })],
      ['a new list, one entry a new object (enabled again)', () => (state.entries = entries.map((e) => (e.id === 'e-new' ? { ...e, enabled: true } : e)))],
    ];
    expect(plansOf(state, at)).toBe(plansOf(fresh(state), at));
    for (const [name, change] of changes) {
      const before = plansOf(state, at);
      change();
      const after = plansOf(state, at);
      expect(after, name).toBe(plansOf(fresh(state), at));
      expect(after, `${name} changes the plans`).not.toBe(before);
    }
  });
});
