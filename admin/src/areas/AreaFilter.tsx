import { useI18n } from '../i18nContext.tsx';
import { LabelledControl } from '../ui/form/LabelledControl.tsx';
import { useAreas } from './useAreas.ts';

/** The content lists' "Lĩnh vực CCHC" filter: every area, one area, or items not filed yet. */
export function AreaFilter({ value, onChange }: { value: string; onChange: (area: string) => void }) {
  const { t } = useI18n();
  const { areas } = useAreas();
  return (
    <LabelledControl id="list-area" label={t('areas.filter')}>
      <select id="list-area" value={value} onChange={(e) => onChange(e.target.value)} data-testid="list-area">
        <option value="">{t('areas.filterAll')}</option>
        {areas?.map((a) => (
          <option key={a.code} value={a.code}>
            {a.code} · {a.short}
          </option>
        ))}
        <option value="none">{t('areas.filterNone')}</option>
      </select>
    </LabelledControl>
  );
}
