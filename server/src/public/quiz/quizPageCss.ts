import { raw } from '../html.ts';

/** The quiz page's few extra rules (the kit's site.css does the rest); right/wrong is said in words, not only colour. */
export const QUIZ_PAGE_CSS = raw(
  '<style>.quiz-q legend{font-size:1.1rem}.quiz-results{list-style:none;padding:0}.quiz-r h2{font-size:1.1rem;margin-top:0}' +
    '.quiz-r--right{border-left:6px solid #1b6e3a}.quiz-r--wrong{border-left:6px solid #a4161a}.badge--ok{background:#e7f4ec;color:#14532d}' +
    '.badge--bad{background:#fde8e8;color:#8a1116}.quiz-score strong{font-size:1.4rem}</style>',
);
