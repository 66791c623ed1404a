import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@bangtin/shared/fonts.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/feedback.css';
import './styles/forms.css';
import './styles/content.css';
import './styles/editor.css';
import './styles/screens.css';
import './styles/ops.css';
import './styles/schedule.css';
import './styles/preview.css';
import './styles/pickers.css';
import './styles/home.css';
import './styles/principal.css';
import './styles/areas.css';
import './styles/feedbackInbox.css';
import './styles/satisfaction.css';
import './styles/units.css';
import { App } from './App.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
