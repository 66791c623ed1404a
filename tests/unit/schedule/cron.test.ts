import cron from 'node-cron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextCronRuns, parseCron } from '@bangtin/shared';
import { TZ, at } from './fixtures.ts';

/**
 * The admin refused `L` and `#` although node-cron (the scheduler our server runs) accepts them. Our expressions now
 * run on croner (shared by server, kiosk and admin, `domAndDow: true`); node-cron 4.6 is the oracle here: what it
 * validates we validate, and the next runs agree.
 */
const accepted = [
  '0 7 * * 1-5',
  '45 6 * * MON-FRI',
  '*/15 8-17 * * *',
  '0 0 1 * *',
  '0 12 31 * *',
  '0 9 13 * 5',
  '5 4 * * 0',
  '5 4 * * 7',
  '0 8-17/3 * * 1,3,5',
  '0 6 1-7 * 1',
  '0 22 * DEC SUN',
  '20 7 10-20/5 * *',
  '0 9 L * *',
  '0 9 L * 5',
  '0 9 LW * *',
  '0 9 15W * *',
  '0 9 L-2 * *',
  '0 9 1,L-2 * *',
  '0 9 * * 5#2',
  '0 9 * * 1#1,5#2',
  '0 9 * * 5L',
  '0 9 ? * MON',
  '0 22-2 * * *',
  '0 22-2/2 * * *',
  '0 9 25-5 * *',
  '0 9 * * FRI-MON',
  '0 9 * NOV-FEB *',
  '30 */10 * * * *',
];
const refused = ['? * * * *', '0 24 * * *', '0 9 * * 8', '0 9 * * 1#6', '0 9 * * L', '0 9 * * FRI#L', '0 9 * * * 2027', 'H * * * *', '1,,2 * * * *', '*/0 * * * *', '0 9 L-0 * *'];
const starts = ['2026-11-28T18:00:00', '2027-12-31T23:59:00'];

afterEach(() => {
  vi.useRealTimers();
});

/** node-cron's next runs from a given instant (it counts from "now", so the clock is set there). */
function nodeCronRuns(expression: string, from: Date, count: number): string[] {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(from);
  const task = cron.createTask(expression, () => undefined, { timezone: TZ });
  try {
    return task.getNextRuns(count).map((d) => d.toISOString());
  } finally {
    void task.destroy();
    vi.useRealTimers();
  }
}

describe('cron forms node-cron accepts are accepted, with the same runs (L, #, W, names, steps, wrapping ranges)', () => {
  it.each(accepted)('%s', (expression) => {
    expect(cron.validate(expression), 'node-cron accepts it').toBe(true);
    const parsed = parseCron(expression);
    expect(parsed.ok ? '' : parsed.message).toBe('');
    for (const start of starts) {
      const from = at(start);
      const ours = nextCronRuns(expression, from, TZ, 4).map((d) => d.toISOString());
      expect(ours, `${expression} from ${start}`).toEqual(nodeCronRuns(expression, from, 4));
    }
  });

  it.each(refused)('%s is refused by both', (expression) => {
    expect(cron.validate(expression)).toBe(false);
    expect(parseCron(expression).ok).toBe(false);
  });

  it('the AND rule is what we claim: 0 9 13 * 5 runs only on a Friday the 13th', () => {
    const runs = nextCronRuns('0 9 13 * 5', at('2026-11-28T00:00:00'), TZ, 3);
    expect(runs.map((d) => d.toISOString())).toEqual(['2027-08-13T02:00:00.000Z', '2028-10-13T02:00:00.000Z', '2029-04-13T02:00:00.000Z']);
    const parsed = parseCron('0 9 13 * 5');
    expect(parsed.ok && parsed.spec.setsBothDayFields).toBe(true);
    const onlyDow = parseCron('0 9 * * 5');
    expect(onlyDow.ok && onlyDow.spec.setsBothDayFields).toBe(false);
  });
});

describe('cron syntax errors are Vietnamese sentences', () => {
  it.each([
    ['', /5 trường/],
    ['* * * *', /5 trường/],
    ['60 * * * *', /phút phải từ 0 đến 59/],
    ['0 24 * * *', /giờ phải từ 0 đến 23/],
    ['0 0 32 * *', /ngày trong tháng phải từ 1 đến 31/],
    ['0 0 * 13 *', /tháng phải từ 1 đến 12/],
    ['0 0 * * 8', /thứ trong tuần phải từ 0 đến 7/],
    ['*/0 * * * *', /Bước nhảy/],
    ['a * * * *', /không phải là số/],
    ['1,,2 * * * *', /Thiếu giá trị/],
  ])('"%s"', (expression, message) => {
    const parsed = parseCron(expression);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});
