import { formatNumberVi, formatPercentVi, type QuizQuestion, type QuizResult } from '@bangtin/shared';
import { useAreas } from '../areas/useAreas.ts';
import { useState } from 'react';
import { StatusBadge } from '../content/Badges.tsx';
import { useI18n } from '../i18nContext.tsx';
import { useApi } from '../session.tsx';
import { LoadStatus } from '../ui/Status.tsx';
import { hiddenColumn, numericColumn, TableHead } from '../ui/TableHead.tsx';
import { useLoad } from '../ui/hooks/useLoad.ts';
import { PageHeader } from '../ui/layout/PageHeader.tsx';
import { useToast } from '../ui/Toast.tsx';
import { QuizForm } from './QuizForm.tsx';
import './quiz.css';

type Editing = { question: QuizQuestion | null } | null;

/**
 * "Tìm hiểu CCHC": the office's questions with their anonymous results side by side (answers at the reception screen
 * and on /tim-hieu, the share right), and the editor for one question in place of the list.
 */
export function QuizPage() {
  const { t } = useI18n();
  const api = useApi();
  // Questions are filed under the school's one list of reform areas (Cài đặt → Lĩnh vực CCHC), like content.
  const { areas } = useAreas();
  const areaName = (code: string) => areas?.find((a) => a.code === code)?.short ?? '';
  const toast = useToast();
  const [editing, setEditing] = useState<Editing>(null);
  const load = useLoad('quiz', () => Promise.all([api.quiz.list(), api.quiz.results()]));
  const [questions, results] = load.data ?? [];
  const resultOf = new Map((results ?? []).map((r) => [r.questionId, r] as const));

  if (editing) {
    return (
      <section className="quiz-page" aria-labelledby="quiz-title">
        <PageHeader titleId="quiz-title" title={t('nav.quiz')} />
        <QuizForm
          key={editing.question?.id ?? 'new'}
          stored={editing.question}
          onSaved={(saved) => {
            toast(t('quiz.saved'));
            load.update(([list, res]) => [[...list.filter((q) => q.id !== saved.id), saved].sort((a, b) => a.createdAt.localeCompare(b.createdAt)), res]);
          }}
          onBack={() => {
            setEditing(null);
            load.retry();
          }}
        />
      </section>
    );
  }

  return (
    <section className="quiz-page" aria-labelledby="quiz-title">
      <PageHeader titleId="quiz-title" title={t('nav.quiz')} intro={t('quiz.intro')}>
        <button type="button" className="button button--primary" onClick={() => setEditing({ question: null })} data-testid="quiz-add">
          {t('quiz.add')}
        </button>
      </PageHeader>
      <LoadStatus load={load} />
      {questions?.length === 0 && <p className="empty">{t('quiz.empty')}</p>}
      {questions && questions.length > 0 && (
        <div className="table-scroll">
          <table className="content-table quiz-table" aria-label={t('quiz.listLabel')} data-testid="quiz-table">
            <TableHead
              columns={[t('quiz.colQuestion'), t('quiz.colArea'), t('quiz.colStatus'), numericColumn(t('quiz.colAnswers')), numericColumn(t('quiz.colRight')), hiddenColumn(t('quiz.colActions'))]}
            />
            <tbody>
              {questions.map((q) => (
                <QuizRow key={q.id} question={q} areaName={areaName(q.area)} result={resultOf.get(q.id)} onEdit={() => setEditing({ question: q })} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function QuizRow({ question, areaName, result, onEdit }: { question: QuizQuestion; areaName: string; result: QuizResult | undefined; onEdit: () => void }) {
  const { t } = useI18n();
  const total = result?.total ?? 0;
  return (
    <tr data-testid="quiz-row" data-id={question.id}>
      <td className="content-table__title">{question.question}</td>
      <td data-label={t('quiz.colArea')}>
        <span className="quiz-area" title={areaName}>
          {question.area}
        </span>{' '}
        <span className="muted">{areaName}</span>
      </td>
      <td data-label={t('quiz.colStatus')}>
        <StatusBadge status={question.status} />
      </td>
      <td className="numeric" data-label={t('quiz.colAnswers')} data-testid="quiz-answers">
        {total === 0 ? (
          <span className="muted">{t('quiz.noAnswers')}</span>
        ) : (
          <>
            {formatNumberVi(total)}
            <br />
            <span className="muted quiz-split">{t('quiz.answersSplit', { kiosk: formatNumberVi(result?.kiosk ?? 0), web: formatNumberVi(result?.web ?? 0) })}</span>
          </>
        )}
      </td>
      <td className="numeric" data-label={t('quiz.colRight')} data-testid="quiz-share-right">
        {result?.shareRight === null || result === undefined ? '—' : formatPercentVi(result.shareRight * 100, 1)}
      </td>
      <td>
        <button type="button" className="button button--small" onClick={onEdit} data-testid="quiz-edit">
          {t('quiz.edit')}
        </button>
      </td>
    </tr>
  );
}
