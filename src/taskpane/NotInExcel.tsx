import { Link, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { AppShell } from './components/AppShell';
import { useI18n } from './i18n';

function Body({ standaloneUrl }: { standaloneUrl: string }) {
  const { t } = useI18n();
  return (
    <MessageBar intent="info" layout="multiline" data-testid="not-in-excel">
      <MessageBarBody>
        <Text block>{t.notInExcel}</Text>
        <Link href={standaloneUrl}>{t.openStandalone}</Link>
      </MessageBarBody>
    </MessageBar>
  );
}

/** The pane's page opened outside Excel (no Office.js, or Office reports no host). */
export function NotInExcel({ standaloneUrl = './' }: { standaloneUrl?: string }) {
  return (
    <AppShell>
      <Body standaloneUrl={standaloneUrl} />
    </AppShell>
  );
}
