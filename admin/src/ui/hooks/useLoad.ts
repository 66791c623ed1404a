import { useCallback, useEffect, useEffectEvent, useState } from 'react';

interface Loaded<T> {
  key: string;
  data?: T;
  error?: unknown;
}

/**
 * Loads data for a key (null = nothing to load) and reloads when the key changes. `keepPrevious` keeps the
 * last result on screen while the next loads (search-as-you-type), instead of flashing a spinner.
 */
export function useLoad<T>(key: string | null, load: () => Promise<T>, { keepPrevious = false } = {}) {
  const [state, setState] = useState<Loaded<T> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const run = useEffectEvent(load);

  useEffect(() => {
    if (key === null) return;
    let cancelled = false;
    run().then(
      (data) => !cancelled && setState({ key, data }),
      (error: unknown) => !cancelled && setState({ key, error }),
    );
    return () => {
      cancelled = true;
    };
  }, [key, attempt]);

  const current = state?.key === key ? state : null;
  const update = useCallback((change: (data: T) => T) => {
    setState((s) => (s && s.data !== undefined ? { ...s, data: change(s.data) } : s));
  }, []);

  return {
    data: current ? current.data : keepPrevious ? state?.data : undefined,
    error: current?.error,
    loading: key !== null && current === null,
    retry: useCallback(() => setAttempt((n) => n + 1), []),
    update,
  };
}
