import { useEffect } from 'react';
import { DEVICE_CREDENTIAL_HEADER, publicQuizQuestion, type PublicQuizQuestion, type QuizAnswer } from '@bangtin/shared';
import { loadCredential } from '../../pairing/deviceIdentity.ts';
import { unitPath, unitStorageKey } from '../../route.ts';

/** Most questions one round asks at the desk (a parent waiting for a result, not an exam). */
export const ROUND_SIZE = 10;

const cacheKey = (slug: string) => unitStorageKey(`bangtin:display:quiz:${slug}`);

/** The questions last fetched for this screen, kept beside the snapshot cache so the desk's quiz plays offline. */
function cachedQuiz(slug: string): PublicQuizQuestion[] | null {
  try {
    const raw = window.localStorage.getItem(cacheKey(slug));
    const parsed = raw ? publicQuizQuestion.array().safeParse(JSON.parse(raw)) : null;
    return parsed?.success ? parsed.data : null;
  } catch {
    return null; // unreadable JSON or storage disabled
  }
}

/**
 * The approved questions for this screen (validated with the shared schema; a bad reply is no questions), kept for
 * offline use; when the server cannot be reached, the last questions fetched.
 */
export async function fetchQuiz(slug: string): Promise<PublicQuizQuestion[]> {
  let questions: PublicQuizQuestion[];
  try {
    const res = await fetch(unitPath(`/api/display/${encodeURIComponent(slug)}/quiz`), { headers: { accept: 'application/json' } });
    if (!res.ok) throw new Error(`quiz ${res.status}`);
    const body: unknown = await res.json();
    const data = typeof body === 'object' && body !== null && 'data' in body ? body.data : null;
    questions = publicQuizQuestion.array().parse(data).slice(0, ROUND_SIZE);
  } catch (error) {
    const cached = cachedQuiz(slug);
    if (cached) return cached;
    throw error;
  }
  try {
    window.localStorage.setItem(cacheKey(slug), JSON.stringify(questions));
  } catch {
    // Quota exceeded or storage disabled: the quiz still plays while online.
  }
  return questions;
}

/**
 * Fetches the questions whenever the kiosk's content changes (a new snapshot version), so they are cached before the
 * network goes; failures are silent (the cache stays as it was).
 */
export function usePrefetchedQuiz(slug: string, contentVersion: string): void {
  useEffect(() => {
    fetchQuiz(slug).catch(() => undefined);
  }, [slug, contentVersion]);
}

/** Fire and forget, once per finished round: counted only from the paired device; lost offline, never in the way. */
export function reportRound(slug: string, answers: readonly QuizAnswer[]): void {
  if (answers.length === 0) return;
  const credential = loadCredential(slug);
  void fetch(unitPath(`/api/display/${encodeURIComponent(slug)}/quiz-answers`), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(credential ? { [DEVICE_CREDENTIAL_HEADER]: credential } : {}) },
    body: JSON.stringify({ answers }),
    keepalive: true,
  }).catch(() => undefined);
}
