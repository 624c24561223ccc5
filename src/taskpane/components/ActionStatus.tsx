import React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ActionState } from '../useAction';
import { errorMessage } from '../analysis';
import { useI18n } from '../i18n';

const useStyles = makeStyles({
  running: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, marginBlock: tokens.spacingVerticalS },
  bar: { marginBlock: tokens.spacingVerticalS },
});

export interface ActionStatusProps<R> {
  state: ActionState<R>;
  /** What the progress bar says while running. */
  runningLabel: string;
  /** The result, in words; nothing shown when it returns null. */
  renderResult?: (result: R) => React.ReactNode;
  /** Shown while idle. */
  idle?: React.ReactNode;
  /** Distinguishes the status regions of several actions in tests and for screen readers. */
  name: string;
}

/** Idle / running (progress bar) / result / error for one action. Errors never show a stack trace. */
export function ActionStatus<R>({ state, runningLabel, renderResult, idle, name }: ActionStatusProps<R>) {
  const { t } = useI18n();
  const styles = useStyles();
  switch (state.status) {
    case 'idle':
      return idle ? (
        <div data-testid={`${name}-idle`} data-state="idle">
          {idle}
        </div>
      ) : null;
    case 'running':
      return (
        <div className={styles.running} role="status" aria-live="polite" data-testid={`${name}-running`} data-state="running">
          <Text size={200}>{runningLabel}</Text>
          <ProgressBar aria-label={runningLabel} thickness="large" />
        </div>
      );
    case 'done': {
      const body = renderResult ? renderResult(state.result) : null;
      if (body === null || body === undefined) return null;
      return (
        <MessageBar intent="success" className={styles.bar} data-testid={`${name}-result`} data-state="done" role="status">
          <MessageBarBody>{body}</MessageBarBody>
        </MessageBar>
      );
    }
    case 'error':
      return <ErrorBar name={name} message={errorMessage(state.error, t)} />;
  }
}

export function ErrorBar({ message, name, title }: { message: string; name?: string; title?: string }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <MessageBar intent="error" className={styles.bar} role="alert" data-state="error" data-testid="error-message" data-action={name} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title ?? t.errorTitle}</MessageBarTitle>
        {message}
      </MessageBarBody>
    </MessageBar>
  );
}
