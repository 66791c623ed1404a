import { calendarDate, formatNumberVi, formatSignedVi, indexWarnings, type IndexFigures, type IndexWarning } from '@bangtin/shared';
import { useI18n } from '../../i18nContext.tsx';
import { useLoad } from '../../ui/hooks/useLoad.ts';
import { useApi } from '../../session.tsx';
import { useTimeZone } from '../../school.tsx';
import type { Language } from '../../i18n.ts';

const num = (n: number) => formatNumberVi(n);
const signed = (n: number) => formatSignedVi(n);

/** Self-contained words (Vietnamese first), so the editor's message table stays untouched. */
const MESSAGES: Record<Language, { title: string; say: (w: IndexWarning) => string }> = {
  vi: {
    title: 'Kiểm tra số liệu trước khi lên màn hình',
    say: (w) => {
      switch (w.code) {
        case 'stale':
          return `Kết quả năm ${w.year} đã cũ (${w.age} năm): màn hình sẽ ghi rõ "không phải kết quả mới nhất". Nên thay bằng kết quả mới hơn hoặc không đưa lên màn hình.`;
        case 'noFigures':
          return 'Chưa có điểm số hay thứ hạng: màn hình không có gì để hiển thị.';
        case 'rankWithoutTotal':
          return 'Có thứ hạng nhưng thiếu "trên tổng số" (63 hay 34 tỉnh, thành phố?).';
        case 'rankOverTotal':
          return `Thứ hạng ${w.rank} lớn hơn tổng số ${w.rankOf}.`;
        case 'percentOutOfRange':
          return `Điểm ${num(w.score)}% nằm ngoài 0–100%.`;
        case 'pointsMismatch':
          return `Thay đổi điểm nhập ${signed(w.typed)} nhưng số liệu năm ${w.previousYear} cho ${signed(w.computed)}. Màn hình hiển thị ${signed(w.computed)} (tính từ số liệu).`;
        case 'placesMismatch':
          return `Thay đổi thứ hạng nhập ${signed(w.typed)} bậc nhưng thứ hạng năm ${w.previousYear} cho ${signed(w.computed)} bậc.`;
        case 'placesAcrossTotals':
          return `Năm ${w.previousYear} xếp trên ${w.previousRankOf ?? '?'}, năm nay trên ${w.rankOf ?? '?'}: hai thứ hạng không so sánh được, màn hình không hiển thị thay đổi bậc.`;
      }
    },
  },
  en: {
    title: 'Check the figures before they reach a screen',
    say: (w) => {
      switch (w.code) {
        case 'stale':
          return `The ${w.year} result is ${w.age} years old: screens will mark it "not the latest". Replace it with a newer result or keep it off screens.`;
        case 'noFigures':
          return 'No score and no rank: the slide has nothing to show.';
        case 'rankWithoutTotal':
          return 'A rank without its total (out of 63 or 34 provinces?).';
        case 'rankOverTotal':
          return `Rank ${w.rank} is above the total ${w.rankOf}.`;
        case 'percentOutOfRange':
          return `A score of ${num(w.score)}% is outside 0–100%.`;
        case 'pointsMismatch':
          return `The typed change ${signed(w.typed)} disagrees with ${w.previousYear}'s figures (${signed(w.computed)}). Screens show ${signed(w.computed)}.`;
        case 'placesMismatch':
          return `The typed change of ${signed(w.typed)} places disagrees with ${w.previousYear}'s rank (${signed(w.computed)}).`;
        case 'placesAcrossTotals':
          return `${w.previousYear} was ranked out of ${w.previousRankOf ?? '?'}, this year out of ${w.rankOf ?? '?'}: not comparable, so no change of places is shown.`;
      }
    },
  },
};

/**
 * The index result editor's warnings: stale years, missing or impossible figures, and a typed change the series
 * contradicts (shared `indexWarnings`, the same rule the kiosk uses to compute what it shows).
 */
export function IndexWarnings({ figures, currentId }: { figures: IndexFigures | null; currentId: string | null }) {
  const api = useApi();
  const { language } = useI18n();
  const timeZone = useTimeZone();
  const all = useLoad('content:indexResult:all', () => api.content.list({ type: 'indexResult' }));
  if (!figures) return null;
  const series = (all.data ?? []).flatMap((c) => (c.type === 'indexResult' && c.id !== currentId && c.status !== 'archived' ? [c] : []));
  const year = Number(calendarDate(new Date(), timeZone).slice(0, 4));
  const warnings = indexWarnings(figures, series, year);
  if (warnings.length === 0) return null;
  const words = MESSAGES[language];
  return (
    <div className="alert alert--warning" role="status" data-testid="index-warnings">
      <strong>{words.title}</strong>
      <ul>
        {warnings.map((w) => (
          <li key={w.code}>{words.say(w)}</li>
        ))}
      </ul>
    </div>
  );
}
