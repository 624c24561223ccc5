import { makeStyles, shorthands, tokens } from '@fluentui/react-components';
import type { Severity } from '../../engine/report';
import { SEVERITIES } from '../analysis';
import { useI18n } from '../i18n';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginBlock: tokens.spacingVerticalS },
  pill: {
    display: 'inline-flex',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalXS,
    paddingBlock: tokens.spacingVerticalXXS,
    paddingInline: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    ...shorthands.border('1px', 'solid', tokens.colorNeutralStroke2),
  },
  n: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  error: { backgroundColor: tokens.colorStatusDangerBackground1, ...shorthands.borderColor(tokens.colorStatusDangerBorder1) },
  warning: { backgroundColor: tokens.colorStatusWarningBackground1, ...shorthands.borderColor(tokens.colorStatusWarningBorder1) },
  info: { backgroundColor: tokens.colorNeutralBackground3 },
});

/** Counts of findings by severity: errors, warnings, info. */
export function SeverityCounts({ counts }: { counts: Record<Severity, number> }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.row} aria-label={t.findings} role="group">
      {SEVERITIES.map((s) => (
        <span key={s} className={`${styles.pill} ${styles[s]}`} data-testid={`severity-count-${s}`}>
          <span className={styles.n}>{counts[s] ?? 0}</span>
          <span>{t.severity[s]}</span>
        </span>
      ))}
    </div>
  );
}
