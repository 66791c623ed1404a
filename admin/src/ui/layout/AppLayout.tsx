import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../../i18nContext.tsx';
import { useRouter } from '../../router.tsx';
import { hrefOf } from '../../routes.ts';
import { ActingBanner } from '../../units/ActingBanner.tsx';
import { SideNav } from './SideNav.tsx';
import { TopBar } from './TopBar.tsx';

/** Header, navigation and main landmarks. On phones the sidebar folds into a menu under the top bar. */
export function AppLayout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [menuOpen, setMenuOpen] = useState(false);
  const { route } = useRouter();
  const address = hrefOf(route);
  const mainRef = useRef<HTMLElement>(null);
  const firstAddress = useRef(address);

  // After an in-app page change, start keyboard and screen-reader users at the new page, as a full load would.
  useEffect(() => {
    if (address !== firstAddress.current) mainRef.current?.focus({ preventScroll: true });
  }, [address]);
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <TopBar menuOpen={menuOpen} onToggleMenu={() => setMenuOpen((open) => !open)} />
      <ActingBanner />
      <div className="app__body">
        <SideNav open={menuOpen} onNavigate={() => setMenuOpen(false)} />
        <main id="main" ref={mainRef} className="app__main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}
