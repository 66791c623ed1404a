/** Self-initiated reloads are spaced at least this far apart, so a condition a reload cannot cure never loops. */
const MIN_RELOAD_GAP_MS = 10 * 60_000;
const LAST_RELOAD_KEY = 'bangtin:display:lastSoftReload';

const lastReloadAt = (): number => {
  try {
    return Number(window.sessionStorage.getItem(LAST_RELOAD_KEY) ?? 0) || 0;
  } catch {
    return 0;
  }
};

/**
 * Reloads the page for `reason` (logged), unless the kiosk already did so less than ten minutes ago.
 * Returns whether it reloads. The remote "reload" command does not come through here: it always reloads.
 */
export function softReload(reason: string): boolean {
  const since = Date.now() - lastReloadAt();
  if (since < MIN_RELOAD_GAP_MS) {
    console.warn(`[bangtin] would reload (${reason}), but the last reload was ${Math.round(since / 1000)} s ago`);
    return false;
  }
  console.warn(`[bangtin] reloading: ${reason}`);
  try {
    window.sessionStorage.setItem(LAST_RELOAD_KEY, String(Date.now()));
  } catch {
    // Storage disabled: reload anyway, the gap is then not enforced.
  }
  window.location.reload();
  return true;
}
