import { Button, makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({ root: { whiteSpace: 'nowrap', flexShrink: 0 } });
import { useI18n } from '../i18n';

/** One button: shows the other language's name and switches to it. */
export function LanguageSwitch() {
  const { lang, t, setLang } = useI18n();
  const styles = useStyles();
  return (
    <Button
      className={styles.root}
      size="small"
      appearance="subtle"
      aria-label={t.switchLanguageLabel}
      lang={lang === 'vi' ? 'en' : 'vi'}
      data-testid="language-switch"
      onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')}
    >
      {t.switchLanguage}
    </Button>
  );
}
