import { useStrings, type Lang } from '../i18n.ts';
import { quizEn, quizVi, type QuizStrings } from './quiz/quizStrings.ts';
import { receptionEn, receptionVi, type ReceptionStrings } from './strings.ts';
import { surveyEn, surveyVi, type SurveyStrings } from './survey/surveyStrings.ts';

interface ReceptionTable {
  reception: ReceptionStrings;
  quiz: QuizStrings;
  survey: SurveyStrings;
}

/**
 * The reception look-up's words (its own, the quiz's and the survey's) live beside the display's table (../i18n.ts),
 * not in it: only the reception kiosk's lazy chunk uses them, so a wall screen does not download them at start.
 */
const tables: Record<Lang, ReceptionTable> = {
  vi: { reception: receptionVi, quiz: quizVi, survey: surveyVi },
  en: { reception: receptionEn, quiz: quizEn, survey: surveyEn },
};

/** The reception strings in the language of the display's table in context (`?lang=en` or Vietnamese). */
export function useReceptionStrings(): ReceptionTable {
  return tables[useStrings().lang];
}
