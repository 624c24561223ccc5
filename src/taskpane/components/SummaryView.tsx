import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { SharedTask, Summary, TaskRef } from '../../engine/report';
import { sortedCounts } from '../analysis';
import { ALL_YEAR_KEY, countsTotal, NONE, NO_STATUS, TASKS_SHOWN } from '../../engine/summary/keys';
import { SeverityCounts } from './SeverityCounts';
import { useTableStyles } from './tableStyles';
import { formatDate, useI18n, type Lang } from '../i18n';

const LIST_LIMIT = 30;

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 300px), 1fr))',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
  headline: { gridColumn: '1 / -1', display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: tokens.spacingHorizontalM },
  total: { fontSize: tokens.fontSizeHero800, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightHero800 },
  block: { minWidth: 0 },
  wide: { gridColumn: '1 / -1' },
  h: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0, marginBlockEnd: tokens.spacingVerticalXS },
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  off: { color: tokens.colorStatusDangerForeground1, fontWeight: tokens.fontWeightSemibold },
  refs: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  ref: { overflowWrap: 'anywhere' },
  address: { fontFamily: tokens.fontFamilyMonospace },
  muted: { color: tokens.colorNeutralForeground3 },
});

function CountTable({
  title,
  counts,
  numeric,
  label,
  testId,
  extra,
  note,
}: {
  /** A line under the table (what it counts apart, or twice). */
  note?: string;
  /** A last row outside the counts: [label, number, test id]. */
  extra?: [string, number, string];
  title: string;
  counts: Record<string, number>;
  numeric: boolean;
  label: (key: string) => string;
  testId?: (key: string) => string | undefined;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const tables = useTableStyles();
  const rows = sortedCounts(counts, numeric);
  return (
    <section className={styles.block}>
      <h3 className={styles.h}>{title}</h3>
      {rows.length === 0 && !extra ? (
        <Text size={200} className={styles.muted}>
          {t.noData}
        </Text>
      ) : (
        <table className={tables.table}>
          <tbody>
            {rows.map(([key, n]) => (
              <tr key={key}>
                <th scope="row">{label(key)}</th>
                <td className={tables.num}>
                  <span data-testid={testId?.(key)}>{n}</span>
                </td>
              </tr>
            ))}
            {extra ? (
              <tr>
                <th scope="row">{extra[0]}</th>
                <td className={tables.num}>
                  <span data-testid={extra[2]}>{extra[1]}</span>
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      )}
      {note ? (
        <Text size={200} className={styles.muted} as="p" data-testid="count-table-note">
          {note}
        </Text>
      ) : null}
    </section>
  );
}

/** A unit, leader or status as counted; the engine's words for "none" in the reader's language. */
function nameLabel(key: string, t: ReturnType<typeof useI18n>['t']): string {
  if (!key) return t.unknown;
  if (key === NONE) return t.none;
  if (key === NO_STATUS) return t.noStatus;
  return key;
}

/** An overdue task's deadline, the status its unit wrote, and whether it arose outside the programme (as the printed list). */
function dueNote(r: DueRef, t: ReturnType<typeof useI18n>['t'], lang: Lang): string | null {
  if (!r.due) return null;
  const status = r.status ? (r.sourceStatus ? t.sourceSays(r.status, r.sourceStatus) : `"${r.status}"`) : '';
  return [formatDate(r.due, lang), status, r.arising ? t.arisingTask : ''].filter(Boolean).join('; ');
}
type DueRef = TaskRef & { due?: string; status?: string | null; sourceStatus?: string };

function RefList({ refs }: { refs: DueRef[] }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  return (
    <ul className={styles.refs}>
      {refs.slice(0, LIST_LIMIT).map((r, i) => (
        // Keyed by place in the list: two files (or tables side by side) have tasks on the same sheet row.
        <li key={`${i}|${r.sheet}|${r.row}|${r.column ?? ''}`} className={styles.ref}>
          {/* A summary of several files names each task's file ("vp.xlsx · Sheet1, dòng 5:"), as the printed one does. */}
          <span className={styles.muted}>
            {r.file ? `${r.file} · ` : ''}
            {t.rowAt(r.sheet, r.row)}
          </span>{' '}
          {r.stt ? `${r.stt}. ` : ''}
          <span lang="vi">{r.task}</span>
          {r.leadUnits.length ? <span className={styles.muted}> — {r.leadUnits.join('; ')}</span> : null}
          {r.due ? <span className={styles.muted}> ({dueNote(r, t, lang)})</span> : null}
        </li>
      ))}
      {refs.length > LIST_LIMIT ? <li className={styles.muted}>{t.others(refs.length - LIST_LIMIT)}</li> : null}
    </ul>
  );
}

/** "Statuses differ", and why the one counted was where the engine says (older reports do not). */
function differReason(x: SharedTask, t: ReturnType<typeof useI18n>['t']): string {
  const why = t.statusReason(x);
  return why ? `${t.statusesDiffer}: ${why}` : t.statusesDiffer;
}

/** A consolidated run's tasks found in several files: how many, and the first of them with each copy's file and status. */
function SharedTasks({ shared }: { shared: SharedTask[] }) {
  const { t } = useI18n();
  const styles = useStyles();
  const status = (s: string | null) => (s ? nameLabel(s, t) : t.notWritten);
  return (
    <section className={mergeClasses(styles.block, styles.wide)}>
      <h3 className={styles.h}>
        {t.sharedTasks}: <span data-testid="shared-count">{shared.length}</span>
      </h3>
      <ul className={styles.refs}>
        {shared.slice(0, TASKS_SHOWN).map((x, i) => (
          <li key={`${i}|${x.copies[0].file}|${x.copies[0].sheet}|${x.copies[0].row}`} className={styles.ref} data-testid="shared-task">
            <span lang="vi">{x.task}</span>
            {x.leadUnits.length ? <span className={styles.muted}> — {x.leadUnits.join('; ')}</span> : null}
            {' · '}
            {t.sharedCounted(nameLabel(x.status ?? NO_STATUS, t))}
            {x.statusesDiffer ? <span className={styles.off} data-testid="shared-reason"> ({differReason(x, t)})</span> : null}
            <span className={styles.muted}> · {x.copies.map((c) => `${c.file}: ${status(c.status)}`).join('; ')}</span>
          </li>
        ))}
        {shared.length > TASKS_SHOWN ? <li className={styles.muted}>{t.moreTasks(shared.length - TASKS_SHOWN)}</li> : null}
      </ul>
    </section>
  );
}

/**
 * A unit's tasks arising outside the programme (in no quarter), null when there are none: the
 * summary's count, or in an older report what its total holds beyond the quarters and the year.
 */
function arisingByUnit(s: Summary): ((unit: string) => number) | null {
  if (!s.arising) return null;
  if (s.arisingByUnit) return (u) => s.arisingByUnit![u] ?? 0;
  return (u) => Math.max(0, (s.byLeadUnit[u] ?? 0) - Object.values(s.byQuarterAndUnit).reduce((n, byUnit) => n + (byUnit[u] ?? 0), 0));
}

/** Task counts per quarter, month, unit, leader, status; declared vs actual; what is missing. */
export function SummaryView({ summary }: { summary: Summary }) {
  const { t } = useI18n();
  const styles = useStyles();
  const tables = useTableStyles();
  const units = sortedCounts(summary.byLeadUnit, false).map(([k]) => k);
  // The all-year and arising tasks are in no quarter: columns of their own, so each row adds up to its total.
  const matrixQuarters = [...new Set(Object.keys(summary.byQuarterAndUnit))].filter((q) => q !== ALL_YEAR_KEY).sort();
  const allYearByUnit = summary.byQuarterAndUnit[ALL_YEAR_KEY];
  const arisingOf = arisingByUnit(summary);
  const unitSum = countsTotal(summary.byLeadUnit);
  const missing = [
    { label: t.missingLead, refs: summary.missing.lead, id: 'lead' },
    { label: t.missingLeader, refs: summary.missing.leader, id: 'leader' },
    { label: t.missingProduct, refs: summary.missing.product, id: 'product' },
  ];
  return (
    <div className={styles.root} data-testid="summary">
      <div className={styles.headline}>
        <span>
          <span className={styles.total} data-testid="task-count">
            {summary.taskCount}
          </span>{' '}
          <Text>{t.tasksCounted(summary.taskCount)}</Text>
          {summary.arising ? (
            <Text data-testid="arising-count">
              {' '}
              ({t.arisingAmong(summary.arising)})
            </Text>
          ) : null}
          {summary.kpiCount ? <Text data-testid="kpi-count">; {t.kpis(summary.kpiCount, summary.kpiParts)}</Text> : null}
        </span>
        <SeverityCounts counts={summary.findingsBySeverity} />
      </div>
      {summary.sharedTasks?.length ? <SharedTasks shared={summary.sharedTasks} /> : null}

      <CountTable
        title={t.byQuarter}
        counts={summary.byQuarter}
        extra={summary.allYear ? [t.allYear, summary.allYear, 'all-year-count'] : undefined}
        numeric
        label={t.quarter}
        testId={(k) => (/^\d+$/.test(k) ? `quarter-count-${k}` : undefined)}
      />
      {Object.keys(summary.byMonth).length > 0 ? (
        <CountTable title={t.byMonth} counts={summary.byMonth} numeric label={t.month} testId={(k) => (/^\d+$/.test(k) ? `month-count-${k}` : undefined)} />
      ) : null}

      {units.length > 0 && matrixQuarters.length > 0 ? (
        <section className={mergeClasses(styles.block, styles.wide)}>
          <h3 className={styles.h}>{t.byUnit}</h3>
          <div className={styles.scroll}>
            <table className={tables.table} data-testid="unit-quarter-table">
              <thead>
                <tr>
                  <th scope="col">{t.filterUnit}</th>
                  {matrixQuarters.map((q) => (
                    <th scope="col" key={q} className={tables.num}>
                      {t.quarter(q)}
                    </th>
                  ))}
                  {allYearByUnit ? (
                    <th scope="col" className={tables.num}>
                      {t.allYearColumn}
                    </th>
                  ) : null}
                  {arisingOf ? (
                    <th scope="col" className={tables.num}>
                      {t.arisingColumn}
                    </th>
                  ) : null}
                  <th scope="col" className={tables.num}>
                    {t.count}
                  </th>
                </tr>
              </thead>
              <tbody>
                {units.map((u) => (
                  <tr key={u}>
                    <th scope="row">{u || t.unknown}</th>
                    {matrixQuarters.map((q) => (
                      <td key={q} className={tables.num}>
                        {summary.byQuarterAndUnit[q]?.[u] ?? ''}
                      </td>
                    ))}
                    {allYearByUnit ? <td className={tables.num}>{allYearByUnit[u] ?? ''}</td> : null}
                    {arisingOf ? <td className={tables.num}>{arisingOf(u) || ''}</td> : null}
                    <td className={tables.num}>{summary.byLeadUnit[u]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {allYearByUnit || arisingOf || unitSum > summary.taskCount ? (
            <Text size={200} className={styles.muted} data-testid="unit-table-note">
              {t.unitTableNote(!!allYearByUnit, !!arisingOf, unitSum > summary.taskCount)}
            </Text>
          ) : null}
        </section>
      ) : (
        <CountTable title={t.byUnit} counts={summary.byLeadUnit} numeric={false} label={(k) => nameLabel(k, t)} />
      )}

      <CountTable
        title={t.byLeader}
        counts={summary.byLeader}
        numeric={false}
        label={(k) => nameLabel(k, t)}
        note={countsTotal(summary.byLeader) > summary.taskCount ? t.eachLeader : undefined}
      />
      {Object.keys(summary.byStatus).length > 0 ? (
        <CountTable title={t.byStatus} counts={summary.byStatus} numeric={false} label={(k) => nameLabel(k, t)} />
      ) : null}
      {summary.statusFromTracker > 0 ? (
        <Text size={200} className={styles.muted} data-testid="status-from-tracker">
          {t.statusFromTracker(summary.statusFromTracker, summary.taskCount)}
        </Text>
      ) : null}

      {summary.sections.length > 0 ? (
        <section className={styles.block}>
          <h3 className={styles.h}>{summary.sections.some((s) => s.counts === 'kpi') ? t.sectionsWithKpi : t.sections}</h3>
          <table className={tables.table} data-testid="sections-table">
            <thead>
              <tr>
                <th scope="col">{t.section}</th>
                <th scope="col" className={tables.num}>
                  {t.declared}
                </th>
                <th scope="col" className={tables.num}>
                  {t.actual}
                </th>
              </tr>
            </thead>
            <tbody>
              {summary.sections.map((s, i) => {
                const off = s.declared !== s.actual;
                return (
                  // Keyed by place: sections of two files (or tables side by side) share sheet and row.
                  <tr key={`${i}|${s.sheet}|${s.row}|${s.column ?? ''}`} data-testid="section-row" data-mismatch={off ? 'true' : 'false'}>
                    <th scope="row" lang="vi">
                      {s.file ? <span className={styles.muted}>{s.file} · </span> : null}
                      {s.label}
                    </th>
                    <td className={tables.num}>{s.declared}</td>
                    <td className={mergeClasses(tables.num, off && styles.off)}>
                      {s.actual}
                      {s.counts === 'kpi' ? ` ${t.kpiSection}` : ''}
                      {off ? ` (${t.mismatch} ${s.actual - s.declared > 0 ? '+' : ''}${s.actual - s.declared})` : ''}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ) : null}

      <section className={styles.block}>
        <h3 className={styles.h}>{t.missing}</h3>
        {missing.map((m) => (
          <div key={m.id}>
            <Text size={200} weight="semibold">
              {m.label}: <span data-testid={`missing-${m.id}`}>{m.refs.length}</span>
            </Text>
            {m.refs.length ? <RefList refs={m.refs} /> : null}
          </div>
        ))}
        <Text size={200} as="p">
          {t.proposals(summary.proposals.drop, summary.proposals.add, summary.proposals.adjust)}
        </Text>
      </section>

      {summary.important?.length ? (
        <section className={styles.block}>
          <h3 className={styles.h}>
            {t.important}: <span data-testid="important-count">{summary.important.length}</span>
          </h3>
          <div data-testid="important-tasks">
            <RefList refs={summary.important} />
          </div>
        </section>
      ) : null}

      {summary.overdue.length > 0 ? (
        <section className={styles.block}>
          <h3 className={styles.h}>
            {t.overdue}: <span data-testid="overdue-count">{summary.overdue.length}</span>
          </h3>
          <RefList refs={summary.overdue} />
        </section>
      ) : null}
    </div>
  );
}
