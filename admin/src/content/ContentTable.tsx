import { contentLabel, formatDateTimeVi, type ContentItem } from '@bangtin/shared';
import { useI18n } from '../i18nContext.tsx';
import { Link, useRouter } from '../router.tsx';
import { useTimeZone } from '../school.tsx';
import { SampleBadge, StatusBadge, ValidityText } from './Badges.tsx';
import { TableHead } from '../ui/TableHead.tsx';
import { SentTo } from '../units/audience/SentTo.tsx';

/** The list as a table on laptops; CSS turns each row into a card on phones. */
export function ContentTable({ items }: { items: ContentItem[] }) {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const timeZone = useTimeZone();

  const screensText = (item: ContentItem) =>
    item.screens === 'all'
      ? t('list.allScreens')
      : item.screens.length === 0
        ? t('list.noScreens')
        : t('list.screensCount', { count: item.screens.length });

  return (
    <table className="content-table">
      <TableHead columns={[t('list.colContent'), t('list.colStatus'), t('list.colValidity'), t('list.colScreens'), t('list.colUpdated')]} />
      <tbody>
        {items.map((item) => {
          const route = { page: 'contentEdit', type: item.type, id: item.id } as const;
          return (
            // The whole row is a click target for the mouse; the title link is the keyboard's way in.
            <tr
              key={item.id}
              data-testid="content-row"
              data-id={item.id}
              onClick={(event) => {
                if (event.target instanceof Element && event.target.closest('a')) return; // the link navigates itself
                void navigate(route);
              }}
            >
              <td className="content-table__title">
                <Link to={route}>{contentLabel(item)}</Link>
                {item.sample && <SampleBadge />}
              </td>
              <td data-label={t('list.colStatus')}>
                <StatusBadge status={item.status} />
                {item.status === 'rejected' && item.rejectionReason && (
                  <span className="rejection-reason" data-testid="rejection-reason">
                    {item.rejectionReason}
                  </span>
                )}
              </td>
              <td data-label={t('list.colValidity')}>
                <ValidityText item={item} />
              </td>
              <td data-label={t('list.colScreens')}>
                {screensText(item)}
                <SentTo audience={item.audience} />
              </td>
              <td data-label={t('list.colUpdated')}>
                <span className="nowrap">{formatDateTimeVi(new Date(item.updatedAt), timeZone)}</span>
                <span className="muted"> · {item.updatedBy}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
