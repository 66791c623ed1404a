import type { ReactNode } from 'react';
import { formatDateTimeVi, type ContentItem, type ContentType } from '@bangtin/shared';
import { useI18n } from '../i18nContext.tsx';
import { Link } from '../router.tsx';
import { useTimeZone } from '../school.tsx';
import { StatusBadge } from './Badges.tsx';
import { unitPath } from '../api/unitBase.ts';

/** The poster for the paper notice board (server-rendered, /in/…), for the items that have one. */
function printPath(item: ContentItem): string | null {
  if (item.type === 'procedure' && item.code) return unitPath(`/in/thu-tuc/${encodeURIComponent(item.code)}`);
  if (item.type === 'announcement') return unitPath(`/in/thong-bao/${encodeURIComponent(item.id)}`);
  return null;
}

interface EditorFrameProps {
  type: ContentType;
  item: ContentItem | null;
  mode: 'edit' | 'view';
  children: ReactNode;
  /** The live preview, beside the form on a laptop and below it on a phone. */
  preview?: ReactNode;
}

/** Heading, back link and the stored item's status line, shared by every editor and the read-only view. */
export function EditorFrame({ type, item, mode, children, preview }: EditorFrameProps) {
  const { t, typeLabel } = useI18n();
  const timeZone = useTimeZone();
  const heading = !item ? t('editor.new', { type: typeLabel(type) }) : t(mode === 'edit' ? 'editor.edit' : 'editor.view', { type: typeLabel(type) });

  return (
    <article className="editor">
      <Link to={{ page: 'contentList', type }} className="back-link" data-testid="back-to-list">
        {t('editor.back')}
      </Link>
      <header className="editor__header">
        <h1>{heading}</h1>
        {item && (
          <div className="editor__status">
            <StatusBadge status={item.status} />
            <span className="muted" data-testid="item-meta">
              {t('editor.meta', {
                version: item.version,
                time: formatDateTimeVi(new Date(item.updatedAt), timeZone),
                user: item.updatedBy,
              })}
            </span>
          </div>
        )}
        {item && printPath(item) && (
          <p className="editor__status editor__print">
            {/* Only approved items print (the poster page answers 404 for anything else), so the link waits for approval. */}
            {item.status === 'approved' ? (
              <a className="button button--small" href={printPath(item) ?? undefined} target="_blank" rel="noopener" data-testid="print-poster">
                {t('editor.print')}
              </a>
            ) : null}
            <span className="muted">{t(item.status === 'approved' ? 'editor.printHint' : 'editor.printAfterApproval')}</span>
          </p>
        )}
        {item?.rejectionReason && item.status !== 'approved' && (
          <p className="alert alert--warning">{t('editor.rejected', { reason: item.rejectionReason })}</p>
        )}
      </header>
      {preview ? (
        <div className="editor__body">
          <div className="editor__main">{children}</div>
          <aside className="editor__preview">{preview}</aside>
        </div>
      ) : (
        children
      )}
    </article>
  );
}
