import { LoadFailure, Loading } from '../components/Status.tsx';
import { useScreens } from '../hooks/useScreens.ts';
import { useI18n } from '../i18nContext.tsx';

/** The school's screens with the address each one opens (live monitoring comes with a later milestone). */
export function ScreensPage() {
  const { t } = useI18n();
  const screens = useScreens();

  return (
    <section aria-labelledby="screens-title">
      <header className="page-header">
        <h1 id="screens-title">{t('nav.screens')}</h1>
      </header>
      <p className="muted">{t('screens.intro')}</p>
      {screens.loading && <Loading />}
      {screens.error !== undefined && <LoadFailure error={screens.error} onRetry={screens.retry} />}
      {screens.data?.length === 0 && <p className="empty">{t('screens.empty')}</p>}
      {screens.data && screens.data.length > 0 && (
        <ul className="screen-cards">
          {screens.data.map((screen) => (
            <li key={screen.id} className="screen-card" data-testid="screen-row" data-id={screen.id}>
              <h2>{screen.name}</h2>
              <dl>
                <div>
                  <dt>{t('screens.colLocation')}</dt>
                  <dd>{screen.location || '—'}</dd>
                </div>
                <div>
                  <dt>{t('screens.colKind')}</dt>
                  <dd>
                    {t(`orientation.${screen.orientation}`)} · {t(`profile.${screen.profile}`)}
                  </dd>
                </div>
              </dl>
              <a
                className="button"
                href={`/display/${encodeURIComponent(screen.slug)}`}
                target="_blank"
                rel="noopener"
                aria-label={t('screens.openLabel', { name: screen.name })}
                data-testid="screen-open"
              >
                {t('screens.open', { slug: screen.slug })} ↗
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
