import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { langFromSearch } from './i18n.ts';
import { registerServiceWorker } from './kiosk/serviceWorker.ts';
import { loadPairedSlug } from './pairing/deviceIdentity.ts';
import { parseRoute, screenPath } from './route.ts';
import '@bangtin/shared/fonts.css';
import './styles/base.css';
import './styles/frame.css';
import './styles/player.css';
import './styles/slides.css';
import './styles/themes.css';
import './styles/notices.css';
import './styles/index-result.css';
import './styles/procedure.css';
import './styles/kiosk.css';
import './styles/emergency.css';
import './slides/didYouKnow.css';

/**
 * This page's own build: the path of its entry script, e.g. /display/assets/index-AbC123.js — exactly the
 * <script src> the server reads from dist/index.html and announces as snapshot.displayBuild.
 */
const runningBuild = new URL(import.meta.url).pathname;

const route = parseRoute(window.location.pathname, window.location.search);
// `/display/?pair` shows the pairing screen even on a kiosk that already knows its screen (pairing it again).
const pairedSlug = route.slug === null && !new URLSearchParams(window.location.search).has('pair') ? loadPairedSlug() : null;

if (pairedSlug !== null) {
  // A paired kiosk started at /display/ (its home page) goes straight to its screen.
  window.location.replace(screenPath(pairedSlug, window.location.search));
} else {
  const serviceWorker = registerServiceWorker();
  const lang = langFromSearch(window.location.search);
  document.documentElement.lang = lang;
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root');
  createRoot(container).render(
    <StrictMode>
      <App route={route} lang={lang} runningBuild={runningBuild} serviceWorker={serviceWorker} />
    </StrictMode>,
  );
}
