import { useI18n } from '../../i18nContext.tsx';

/** Shows the other language's own name ("English" / "Tiếng Việt"); the choice is remembered. */
export function LanguageSwitch() {
  const { t, language, setLanguage } = useI18n();
  const other = language === 'vi' ? 'en' : 'vi';
  return (
    <button
      type="button"
      className="button button--ghost"
      lang={other}
      title={t('lang.switch')}
      onClick={() => setLanguage(other)}
      data-testid="language-switch"
    >
      {t('lang.other')}
    </button>
  );
}
