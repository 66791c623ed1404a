/** Command ids remembered (per tab, across reloads), so a command delivered twice runs once. */
const KEY = 'bangtin:display:handledCommands';
const REMEMBER = 50;

function read(): string[] {
  try {
    const parsed: unknown = JSON.parse(window.sessionStorage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/** True the first time an id is seen; records it (before a "reload" runs, so it is not redone after). */
export function firstTimeHandled(id: string): boolean {
  const ids = read();
  if (ids.includes(id)) return false;
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify([...ids, id].slice(-REMEMBER)));
  } catch {
    // Storage disabled: duplicates within this page are still rare; run it.
  }
  return true;
}
