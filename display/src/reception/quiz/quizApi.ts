import { DEVICE_CREDENTIAL_HEADER, publicQuizQuestion, type PublicQuizQuestion, type QuizAnswer } from '@bangtin/shared';
import { loadCredential } from '../../pairing/deviceIdentity.ts';

/** Most questions one round asks at the desk (a parent waiting for a result, not an exam). */
export const ROUND_SIZE = 10;

/** The approved questions for this screen (validated with the shared schema; a bad reply is no questions). */
export async function fetchQuiz(slug: string): Promise<PublicQuizQuestion[]> {
  const res = await fetch(`/api/display/${encodeURIComponent(slug)}/quiz`, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`quiz ${res.status}`);
  const body: unknown = await res.json();
  const data = typeof body === 'object' && body !== null && 'data' in body ? body.data : null;
  return publicQuizQuestion.array().parse(data).slice(0, ROUND_SIZE);
}

/** Fire and forget, once per finished round: counted only from the paired device; lost offline, never in the way. */
export function reportRound(slug: string, answers: readonly QuizAnswer[]): void {
  if (answers.length === 0) return;
  const credential = loadCredential(slug);
  void fetch(`/api/display/${encodeURIComponent(slug)}/quiz-answers`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(credential ? { [DEVICE_CREDENTIAL_HEADER]: credential } : {}) },
    body: JSON.stringify({ answers }),
    keepalive: true,
  }).catch(() => undefined);
}
