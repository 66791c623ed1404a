import { contentLabel, type ContentItem } from '@bangtin/shared';
import { useI18n } from '../i18nContext.tsx';
import { Link } from '../router.tsx';

interface ContentLinksProps {
  items: readonly ContentItem[];
  empty: string;
  /** The second line of each entry (who sent it, when it ends). */
  detail: (item: ContentItem) => string;
  testId: string;
}

const SHOWN = 6;

/** A short list of items, each a link to its editor, with its type and one line of detail. */
export function ContentLinks({ items, empty, detail, testId }: ContentLinksProps) {
  const { t, typeLabel } = useI18n();
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <>
      <ul className="home-list">
        {items.slice(0, SHOWN).map((item) => (
          <li key={item.id} data-testid={testId}>
            <Link to={{ page: 'contentEdit', type: item.type, id: item.id }}>{contentLabel(item)}</Link>
            <span className="muted">
              {typeLabel(item.type)} · {detail(item)}
            </span>
          </li>
        ))}
      </ul>
      {items.length > SHOWN && <p className="muted">{t('home.more', { count: items.length - SHOWN })}</p>}
    </>
  );
}
