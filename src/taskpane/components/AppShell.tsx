import React from 'react';
import { FluentProvider, Text, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { I18nProvider, useI18n, type Lang } from '../i18n';
import { LanguageSwitch } from './LanguageSwitch';

const useStyles = makeStyles({
  provider: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
  header: {
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  titles: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase400 },
  main: { paddingBlock: tokens.spacingVerticalS, paddingInline: tokens.spacingHorizontalM },
});

function Shell({ children, wide }: { children: React.ReactNode; wide?: boolean }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  React.useEffect(() => {
    if (typeof document === 'undefined') return;
    document.documentElement.lang = lang;
    document.title = t.appTitle;
  }, [lang, t]);
  return (
    <FluentProvider theme={webLightTheme} className={styles.provider} lang={lang}>
      <header className={styles.header}>
        <div className={styles.titles}>
          <h1 className={styles.title}>{t.appTitle}</h1>
          <Text size={200}>{t.appSubtitle}</Text>
        </div>
        <LanguageSwitch />
      </header>
      <main className={styles.main} style={wide ? { maxWidth: 1400, marginInline: 'auto' } : undefined}>
        {children}
      </main>
    </FluentProvider>
  );
}

/** Theme, language and the header shared by the pane and the standalone page. */
export function AppShell({ children, lang, wide }: { children: React.ReactNode; lang?: Lang; wide?: boolean }) {
  return (
    <I18nProvider lang={lang}>
      <Shell wide={wide}>{children}</Shell>
    </I18nProvider>
  );
}
