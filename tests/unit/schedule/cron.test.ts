import { Cron } from 'croner';
import { describe, expect, it } from 'vitest';
import { nextCronRuns, parseCron } from '@bangtin/shared';
import { TZ, at } from './fixtures.ts';

/**
 * Our cron engine against an independent implementation: croner, with `domAndDow: true` so it follows the rule we
 * chose (and node-cron uses): when both day fields are restricted, a day must match both.
 */
const expressions = [
  '0 7 * * 1-5',
  '45 6 * * MON-FRI',
  '*/15 8-17 * * *',
  '0 0 1 * *',
  '0 12 31 * *',
  '30 16 * * 5',
  '0 9 13 * 5',
  '0 0 29 2 *',
  '0 0 29 2 1',
  '5 4 * * 0',
  '5 4 * * 7',
  '0 8-17/3 * * 1,3,5',
  '59 23 L * *'.replace('L', '28-31'),
  '0 6 1-7 * 1',
  '15 10 * 1,6,12 *',
  '0 0 * * *',
  '*/7 * * * *',
  '0 22 * DEC SUN',
  '20 7 10-20/5 * *',
  '0 17 * * 6,0',
];
const starts = ['2026-11-28T18:00:00', '2027-12-31T23:59:00', '2028-02-28T12:00:00'];

describe('cron engine vs croner (oracle)', () => {
  it.each(expressions)('%s: next five runs match croner from three starting points', (expression) => {
    for (const start of starts) {
      const from = at(start);
      const ours = nextCronRuns(expression, from, TZ, 5).map((d) => d.toISOString());
      const oracle = new Cron(expression, { timezone: TZ, domAndDow: true, paused: true }).nextRuns(5, from).map((d) => d.toISOString());
      expect(ours, `${expression} from ${start}`).toEqual(oracle);
    }
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
    ['5-1 * * * *', /từ nhỏ đến lớn/],
    ['*/0 * * * *', /Bước nhảy/],
    ['a * * * *', /không phải là số/],
    ['1,,2 * * * *', /Thiếu giá trị/],
  ])('"%s"', (expression, message) => {
    const parsed = parseCron(expression);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});
