/**
 * Runs `fn` at most once per `intervalMs`: the first call schedules it, later calls inside the window join
 * that run. The run happens at the end of the window, so it always reflects the latest state.
 */
export function coalesce(intervalMs: number, fn: () => void) {
  let timer: NodeJS.Timeout | null = null;
  return {
    schedule(): void {
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        fn();
      }, intervalMs);
      timer.unref();
    },
    cancel(): void {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
