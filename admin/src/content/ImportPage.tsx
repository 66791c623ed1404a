import { useId, useState } from 'react';
import { contentLabel, importColumnsHelp, importTemplate, type ContentItem, type ImportType } from '@bangtin/shared';
import { ApiFailure } from '../api/http.ts';
import { useFailureMessage } from '../ui/hooks/useFailureMessage.ts';
import { useI18n } from '../i18nContext.tsx';
import { Link } from '../router.tsx';
import { useApi } from '../session.tsx';
import { TableHead } from '../ui/TableHead.tsx';
import { PageHeader } from '../ui/layout/PageHeader.tsx';
import { SubmitButton } from '../ui/form/SubmitButton.tsx';

function download(type: ImportType, format: 'csv' | 'json') {
  const template = importTemplate(type, format);
  const url = URL.createObjectURL(new Blob([template.text], { type: `${template.mime};charset=utf-8` }));
  const link = Object.assign(document.createElement('a'), { href: url, download: template.fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

type Outcome = { kind: 'saved'; items: ContentItem[] } | { kind: 'refused'; message: string; problems: string[] } | null;

/**
 * Import of procedures or index results from a CSV or JSON file. The server checks every row with the shared
 * schema before saving anything; one bad row means nothing is saved and every problem is listed by row and column.
 */
export function ImportPage({ type }: { type: ImportType }) {
  const api = useApi();
  const { t, typeLabel } = useI18n();
  const failureMessage = useFailureMessage();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [fileError, setFileError] = useState<string | null>(null);

  const submit = async () => {
    const format = file?.name.toLowerCase().endsWith('.json') ? 'json' : file?.name.toLowerCase().endsWith('.csv') ? 'csv' : null;
    if (!file || !format) {
      setFileError(t('import.chooseFile'));
      return;
    }
    setBusy(true);
    setOutcome(null);
    try {
      const items = await api.content.importFile({ type, format, text: await file.text() });
      setOutcome({ kind: 'saved', items });
    } catch (error) {
      const problems = error instanceof ApiFailure ? error.details.map((d) => d.message) : [];
      setOutcome({ kind: 'refused', message: failureMessage(error), problems });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="import-page" aria-labelledby={`${id}-title`}>
      <Link to={{ page: 'contentList', type }} className="back-link">
        {t('editor.back')}
      </Link>
      <PageHeader titleId={`${id}-title`} title={t('import.title', { type: typeLabel(type).toLocaleLowerCase('vi') })} />
      <p>{t('import.intro')}</p>
      <section className="form-section" aria-labelledby={`${id}-templates`}>
        <h2 className="form-section__title" id={`${id}-templates`}>
          {t('import.templates')}
        </h2>
        <div className="button-row">
          <button type="button" className="button" onClick={() => download(type, 'csv')} data-testid="template-csv">
            {t('import.templateCsv')}
          </button>
          <button type="button" className="button" onClick={() => download(type, 'json')} data-testid="template-json">
            {t('import.templateJson')}
          </button>
        </div>
        <p className="field__hint">{t('import.rules')}</p>
        <details>
          <summary>{t('import.columns')}</summary>
          <table className="import-help">
            <TableHead columns={[t('import.colHeader'), t('import.colHint')]} />
            <tbody>
              {importColumnsHelp(type).map((column) => (
                <tr key={column.header}>
                  <td>{column.header}</td>
                  <td>{column.hint || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>
      <form
        className="form-section"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className={`field${fileError ? ' field--invalid' : ''}`}>
          <label className="field__label" htmlFor={`${id}-file`}>
            {t('import.file')}
          </label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,.json,text/csv,application/json"
            aria-invalid={Boolean(fileError)}
            aria-describedby={fileError ? `${id}-file-error` : undefined}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setFileError(null);
              setOutcome(null);
            }}
            data-testid="import-file"
          />
          {fileError && (
            <p className="field__error" id={`${id}-file-error`}>
              {fileError}
            </p>
          )}
        </div>
        <SubmitButton busy={busy} label={t('import.submit')} busyLabel={t('import.submitting')} testId="import-submit" />
      </form>
      {outcome?.kind === 'refused' && (
        <div className="alert alert--error" role="alert" data-testid="import-errors">
          <p>{outcome.problems.length > 0 ? t('import.errors', { count: outcome.problems.length }) : outcome.message}</p>
          {outcome.problems.length > 0 && (
            <ul className="import-errors">
              {outcome.problems.map((problem, i) => (
                <li key={i} data-testid="import-error">
                  {problem}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {outcome?.kind === 'saved' && (
        <div className="alert alert--success" role="status" data-testid="import-done">
          <p>{t('import.done', { count: outcome.items.length })}</p>
          <ul className="import-errors">
            {outcome.items.map((item) => (
              <li key={item.id}>
                <Link to={{ page: 'contentEdit', type: item.type, id: item.id }}>{contentLabel(item)}</Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
