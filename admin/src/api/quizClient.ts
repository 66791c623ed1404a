import type { ContentStatus, QuizQuestionInput } from '@bangtin/shared';
import { quizApi } from '@bangtin/shared/api';
import type { Http } from './http.ts';

/** Tìm hiểu CCHC (issue #13 item 5): the office's questions, their approval, and the anonymous results. */
export function createQuizApi(call: Http['call']) {
  return {
    quiz: {
      list: () => call(quizApi.list, {}),
      results: () => call(quizApi.results, {}),
      /** A draft "Bạn có biết?" slide (content) from an approved question. */
      makeSlide: (id: string) => call(quizApi.makeSlide, { params: { id } }),
      create: (input: QuizQuestionInput) => call(quizApi.create, { body: input }),
      update: (id: string, input: QuizQuestionInput) => call(quizApi.update, { params: { id }, body: input }),
      setStatus: (id: string, status: ContentStatus, baseVersion: number) => call(quizApi.setStatus, { params: { id }, body: { status, baseVersion } }),
      approve: (id: string, baseVersion: number) => call(quizApi.approve, { params: { id }, body: { baseVersion } }),
      reject: (id: string, reason: string, baseVersion: number) => call(quizApi.reject, { params: { id }, body: { reason, baseVersion } }),
    },
  };
}
