import { createContext, useCallback, useEffect, useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { hrefOf, parseRoute, type Route } from './routes.ts';
import { useProvided } from './ui/hooks/useProvided.ts';

/** Asked before leaving the current page; resolves true to let the navigation happen. */
type LeaveGuard = () => Promise<boolean>;

interface RouterValue {
  route: Route;
  navigate: (to: Route, options?: { replace?: boolean; force?: boolean }) => Promise<boolean>;
  setLeaveGuard: (guard: LeaveGuard | null) => void;
  /** Asks the guard (if any) without navigating, e.g. before signing out. */
  confirmLeave: () => Promise<boolean>;
}

const RouterContext = createContext<RouterValue | null>(null);

/** A pathname router under /admin/ (history API) with one optional "unsaved changes" guard. */
export function RouterProvider({ children }: { children: ReactNode }) {
  const [pathname, setPathname] = useState(() => window.location.pathname);
  const guardRef = useRef<LeaveGuard | null>(null);

  const navigate = useCallback<RouterValue['navigate']>(async (to, options = {}) => {
    const href = hrefOf(to);
    if (href === window.location.pathname) return true;
    if (!options.force && guardRef.current && !(await guardRef.current())) return false;
    guardRef.current = null;
    if (options.replace) window.history.replaceState(null, '', href);
    else window.history.pushState(null, '', href);
    setPathname(href);
    window.scrollTo(0, 0);
    return true;
  }, []);

  useEffect(() => {
    const onPopState = () => {
      const target = window.location.pathname;
      const guard = guardRef.current;
      if (!guard) return setPathname(target);
      // Back/forward already moved the URL: put the editor's address back while we ask.
      window.history.pushState(null, '', pathname);
      void guard().then((leave) => {
        if (!leave) return;
        guardRef.current = null;
        window.history.replaceState(null, '', target);
        setPathname(target);
      });
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [pathname]);

  const setLeaveGuard = useCallback((guard: LeaveGuard | null) => {
    guardRef.current = guard;
  }, []);

  const confirmLeave = useCallback(async () => !guardRef.current || (await guardRef.current()), []);

  const value = useMemo(
    () => ({ route: parseRoute(pathname), navigate, setLeaveGuard, confirmLeave }),
    [pathname, navigate, setLeaveGuard, confirmLeave],
  );
  return <RouterContext value={value}>{children}</RouterContext>;
}

export const useRouter = (): RouterValue => useProvided(RouterContext, 'useRouter', 'RouterProvider');

interface LinkProps {
  to: Route;
  children: ReactNode;
  className?: string;
  'aria-current'?: 'page' | undefined;
  'data-testid'?: string;
  onNavigate?: () => void;
}

/** A real <a href> (opens in a new tab with Ctrl/middle click) that navigates in-app on a plain click. */
export function Link({ to, children, onNavigate, ...rest }: LinkProps) {
  const { navigate } = useRouter();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void navigate(to).then((moved) => moved && onNavigate?.());
  };
  return (
    <a href={hrefOf(to)} onClick={onClick} {...rest}>
      {children}
    </a>
  );
}
