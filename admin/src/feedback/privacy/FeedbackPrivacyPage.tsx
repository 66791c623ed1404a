import { useState, type FormEvent } from 'react';
import { FEEDBACK_STATUS_LABELS, FEEDBACK_SUBJECT_LABELS, formatDateTimeVi, type SenderRecord } from '@bangtin/shared';
import { useTimeZone } from '../../school.tsx';
import { PageHeader } from '../../ui/layout/PageHeader.tsx';
import { usePageKit } from '../../ui/hooks/usePageKit.ts';
import { TableHead } from '../../ui/TableHead.tsx';
import { RetentionSection } from './RetentionSection.tsx';
import { LabelledControl } from '../../ui/form/LabelledControl.tsx';

/**
 * Dữ liệu người gửi (admins): a sender's right to see and delete what the school keeps about them. Search by the
 * contact they give, download everything, or clear their details (content and history stay, anonymous).
 */
export function FeedbackPrivacyPage() {
  const { api, t, confirm, toast, failureMessage } = usePageKit();
  const timeZone = useTimeZone();
  const [contact, setContact] = useState('');
  const [searched, setSearched] = useState<{ contact: string; items: SenderRecord[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const find = async (event?: FormEvent) => {
    event?.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setSearched({ contact: contact.trim(), items: await api.feedbackPrivacy.find(contact.trim()) });
    } catch (failure) {
      setError(failureMessage(failure));
      setSearched(null);
    } finally {
      setBusy(false);
    }
  };

  const erase = async () => {
    if (!searched) return;
    const count = searched.items.length;
    const ok = await confirm({
      title: t('feedbackPrivacy.eraseTitle'),
      body: t('feedbackPrivacy.eraseBody', { count }),
      confirmLabel: t('feedbackPrivacy.erase'),
      cancelLabel: t('feedbackPrivacy.cancel'),
      danger: true,
    });
    if (!ok) return;
    setBusy(true);
    try {
      const result = await api.feedbackPrivacy.erase(searched.contact);
      toast(t('feedbackPrivacy.erased', { count: result.erased }));
      setSearched({ contact: searched.contact, items: await api.feedbackPrivacy.find(searched.contact) });
    } catch (failure) {
      setError(failureMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  // A download by POST (the contact never goes into a URL, where proxy logs would keep it).
  const exportAs = async (format: 'json' | 'csv') => {
    if (!searched) return;
    setError(null);
    try {
      await api.feedbackPrivacy.exportFile(searched.contact, format);
    } catch (failure) {
      setError(failureMessage(failure));
    }
  };

  const items = searched?.items ?? [];
  return (
    <section className="list-page feedback-privacy" aria-labelledby="feedback-privacy-title" data-testid="feedback-privacy">
      <PageHeader titleId="feedback-privacy-title" title={t('nav.feedbackPrivacy')} intro={t('feedbackPrivacy.intro')} />
      <form className="filters" role="search" onSubmit={(e) => void find(e)} noValidate>
        <LabelledControl id="privacy-contact" label={t('feedbackPrivacy.contact')}>
          <input
            id="privacy-contact"
            type="search"
            value={contact}
            autoComplete="off"
            onChange={(e) => setContact(e.target.value)}
            data-testid="privacy-contact"
          />
        </LabelledControl>
        <div className="filters__actions">
          <button type="submit" className="button button--primary" disabled={busy || contact.trim().length < 5} data-testid="privacy-find">
            {t('feedbackPrivacy.find')}
          </button>
        </div>
      </form>
      {error && (
        <p className="alert alert--error" role="alert" data-testid="privacy-error">
          {error}
        </p>
      )}
      {searched && items.length === 0 && <p className="empty">{t('feedbackPrivacy.none')}</p>}
      {items.length > 0 && searched && (
        <>
          <p aria-live="polite">{t('feedbackPrivacy.found', { count: items.length })}</p>
          <div className="table-scroll">
            <table className="content-table" data-testid="privacy-results">
              <TableHead
                columns={[t('feedbackPrivacy.colCode'), t('feedbackPrivacy.colDate'), t('feedbackPrivacy.colSubject'), t('feedbackPrivacy.colStatus'), t('feedbackPrivacy.colSender')]}
              />
              <tbody>
                {items.map((item) => (
                  <tr key={item.id}>
                    <td data-label={t('feedbackPrivacy.colCode')}>{item.code}</td>
                    <td data-label={t('feedbackPrivacy.colDate')}>{formatDateTimeVi(new Date(item.createdAt), timeZone)}</td>
                    <td data-label={t('feedbackPrivacy.colSubject')}>{FEEDBACK_SUBJECT_LABELS[item.subject]}</td>
                    <td data-label={t('feedbackPrivacy.colStatus')}>{FEEDBACK_STATUS_LABELS[item.status]}</td>
                    <td data-label={t('feedbackPrivacy.colSender')}>{item.sender?.name}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="form-actions" style={{ marginTop: '0.75rem', display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
            <button type="button" className="button" disabled={busy} onClick={() => void exportAs('json')} data-testid="privacy-export-json">
              {t('feedbackPrivacy.exportJson')}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => void exportAs('csv')} data-testid="privacy-export-csv">
              {t('feedbackPrivacy.exportCsv')}
            </button>
            <button type="button" className="button button--danger" disabled={busy} onClick={() => void erase()} data-testid="privacy-erase">
              {t('feedbackPrivacy.erase')}
            </button>
          </div>
        </>
      )}
      <RetentionSection />
    </section>
  );
}
