import { useI18n } from '../../i18nContext.tsx';
import { Link } from '../../router.tsx';
import { DEFAULT_ROUTE } from '../../routes.ts';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <section>
      <h1>{t('notFound.title')}</h1>
      <p>
        <Link to={DEFAULT_ROUTE}>{t('notFound.back')}</Link>
      </p>
    </section>
  );
}
