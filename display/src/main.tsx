import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { langFromSearch } from './i18n.ts';
import { parseRoute } from './route.ts';
import './styles/fonts.css';
import './styles/base.css';
import './styles/frame.css';
import './styles/player.css';
import './styles/slides.css';
import './styles/themes.css';
import './styles/notices.css';
import './styles/index-result.css';
import './styles/procedure.css';

const route = parseRoute(window.location.pathname, window.location.search);
const lang = langFromSearch(window.location.search);
document.documentElement.lang = lang;

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
createRoot(container).render(
  <StrictMode>
    <App route={route} lang={lang} />
  </StrictMode>,
);
