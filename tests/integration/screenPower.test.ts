import type { Screen } from '@bangtin/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { api } from '../helpers/contentFixtures.ts';
import { connectDisplay, login, nextSnapshot, startTestApp, type DisplayClient, type TestApp } from '../helpers/testApp.ts';

let t: TestApp | undefined;
let kiosk: DisplayClient | undefined;
afterEach(async () => {
  kiosk?.disconnect();
  await t?.close();
});

const SCHOOL_HOURS = [{ days: [1, 2, 3, 4, 5], on: '06:30', off: '17:30' }];

describe('a screen’s on/off timetable reaches its kiosk', () => {
  it('saved on the Screens page, it is in the kiosk’s snapshot at once; a save without it keeps it; a bad window is refused', async () => {
    t = await startTestApp();
    const admin = await login(t.url);
    const gate = (await t.store.getScreenBySlug('gate'))!;
    kiosk = connectDisplay(t.url, 'gate');
    await nextSnapshot(kiosk);
    const { id: _id, ...input } = gate;
    const pushed = nextSnapshot(kiosk, (s) => s.screen.powerSchedule !== undefined);
    const saved = await api(t.url, admin, 'PUT', `/api/screens/${gate.id}`, { ...input, powerSchedule: SCHOOL_HOURS });
    expect(saved.status).toBe(200);
    expect((await pushed).screen.powerSchedule).toEqual(SCHOOL_HOURS);

    const { powerSchedule: _kept, ...withoutTimetable } = input;
    const renamed = await api(t.url, admin, 'PUT', `/api/screens/${gate.id}`, { ...withoutTimetable, name: 'Cổng chính' });
    expect((renamed.data as unknown as Screen).powerSchedule).toEqual(SCHOOL_HOURS);

    const bad = await api(t.url, admin, 'PUT', `/api/screens/${gate.id}`, { ...input, powerSchedule: [{ days: [1], on: '17:30', off: '06:30' }] });
    expect(bad.status).toBe(400);
  });
});
