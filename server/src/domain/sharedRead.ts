/**
 * Callers arriving while a read is in flight get that read's answer instead of starting their own. For the kiosk's
 * snapshot on connect: a thousand screens reconnecting at once (a process restarted, a switch rebooted) make one
 * planning read — six table reads on PostgreSQL — instead of one each, which emptied the connection pool (issue #15,
 * the 10,000-screen bench). Only for readers that tolerate an answer begun a moment before they asked: a kiosk
 * joins its screen's room before it asks, so a change saved meanwhile still reaches it through the planner, which
 * reads on its own (never through this).
 */
export function sharedRead<T>(read: () => Promise<T>): () => Promise<T> {
  let inFlight: Promise<T> | null = null;
  return () => {
    inFlight ??= read().finally(() => {
      inFlight = null;
    });
    return inFlight;
  };
}
