import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fetchSnapshot } from '../../../display/src/connection/fetchSnapshot.ts';
import { createDisplaySocket } from '../../../display/src/connection/displaySocket.ts';
import { loadCredential, loadPairedSlug, savePairing } from '../../../display/src/pairing/deviceIdentity.ts';

const ROOT_KEY = 'A'.repeat(43);
const CHILD_KEY = 'B'.repeat(43);

let urls: string[];
beforeEach(() => {
  urls = [];
  window.localStorage.clear();
  vi.stubGlobal('fetch', async (url: string) => {
    urls.push(url);
    return new Response(JSON.stringify({ error: { code: 'NOT_FOUND', message: 'no screen' } }), { status: 404 });
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  window.localStorage.clear();
  window.history.replaceState(null, '', '/admin/');
});

describe("a kiosk at /<unit>/display/<screen> is that unit's screen, never the ward's one of the same name", () => {
  it("asks its own unit's server for the snapshot and joins its own unit's live channel", async () => {
    window.history.replaceState(null, '', '/thcs-nguyen-trai/display/cong-truong');
    expect(await fetchSnapshot('cong-truong', new AbortController().signal)).toEqual({ kind: 'not-found' });
    expect(urls).toEqual(['/thcs-nguyen-trai/api/display/cong-truong']);
    expect(Reflect.get(createDisplaySocket('cong-truong'), 'nsp')).toBe('/thcs-nguyen-trai/display');

    window.history.replaceState(null, '', '/display/cong-truong');
    await fetchSnapshot('cong-truong', new AbortController().signal);
    expect(urls.at(-1)).toBe('/api/display/cong-truong');
    expect(Reflect.get(createDisplaySocket('cong-truong'), 'nsp')).toBe('/display');
  });

  it("keeps each unit's pairing and device credential apart on one device; the root's stored keys are unchanged", () => {
    window.history.replaceState(null, '', '/display/');
    savePairing({ slug: 'cong-truong', credential: ROOT_KEY });
    window.history.replaceState(null, '', '/thcs-nguyen-trai/display/');
    expect(loadPairedSlug()).toBeNull(); // paired at the ward, not here
    expect(loadCredential('cong-truong')).toBeNull();
    savePairing({ slug: 'cong-truong', credential: CHILD_KEY });
    expect(loadCredential('cong-truong')).toBe(CHILD_KEY);

    window.history.replaceState(null, '', '/display/cong-truong');
    expect(loadCredential('cong-truong')).toBe(ROOT_KEY);
    // Kiosks paired before units existed keep working: the root's keys are the ones they wrote.
    expect(window.localStorage.getItem('bangtin:display:credential:cong-truong')).toBe(ROOT_KEY);
    expect(window.localStorage.getItem('bangtin:display:pairedSlug')).toBe('cong-truong');
  });
});
