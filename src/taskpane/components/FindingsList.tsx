import React, { useId, useMemo, useState } from 'react';
import { Button, Field, Select, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Severity } from '../../engine/report';
import type { FindingItem } from '../analysis';
import { SEVERITIES } from '../analysis';
import { useSelectStyles } from './selectStyles';
import type { FindingCatalog } from '../services';
import { useI18n, type Dict } from '../i18n';

const PAGE = 200;

const useStyles = makeStyles({
  filters: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 150px), 1fr))',
    gap: tokens.spacingHorizontalS,
    marginBlockEnd: tokens.spacingVerticalS,
    '& > *': { minWidth: 0 },
  },
  count: { display: 'block', color: tokens.colorNeutralForeground3, marginBlockEnd: tokens.spacingVerticalXS },
  group: { marginBlockEnd: tokens.spacingVerticalM },
  groupTitle: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    paddingBlock: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  groupCount: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular, whiteSpace: 'nowrap' },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  item: {
    display: 'block',
    width: '100%',
    textAlign: 'start',
    cursor: 'pointer',
    border: 'none',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    borderInlineStartWidth: '3px',
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: 'transparent',
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalS,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  error: { borderInlineStartColor: tokens.colorStatusDangerBorderActive },
  warning: { borderInlineStartColor: tokens.colorStatusWarningBorderActive },
  info: { borderInlineStartColor: tokens.colorNeutralStroke1 },
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: '-2px',
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  line: { display: 'block', overflowWrap: 'anywhere' },
  head: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  sev: { fontSize: tokens.fontSizeBase100, fontWeight: tokens.fontWeightSemibold, textTransform: 'uppercase' },
  sevError: { color: tokens.colorStatusDangerForeground1 },
  sevWarning: { color: tokens.colorStatusWarningForeground3 },
  sevInfo: { color: tokens.colorNeutralForeground3 },
  address: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  file: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  secondary: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  context: {
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

type GroupBy = 'code' | 'unit';

export interface FindingsListProps {
  items: FindingItem[];
  catalog: FindingCatalog;
  /** Several files: show each finding's file and a file filter. */
  showFile?: boolean;
  selectedId?: string | null;
  onSelect?(item: FindingItem): void;
  /** Shown right under the selected finding (the standalone page's cell context). */
  renderContext?(item: FindingItem): React.ReactNode;
  /** What a click does, when `onSelect` is given (default: it selects the cell in Excel). */
  selectHint?: string;
}

function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

export function findingTitle(code: string, catalog: FindingCatalog, t: Dict): string {
  const entry = catalog[code];
  if (!entry) return code;
  return t.lang === 'en' ? entry.titleEn : entry.title;
}

/** Findings grouped by kind or by lead unit, filterable by severity, kind, unit (and file). */
export function FindingsList({ items, catalog, showFile, selectedId, onSelect, renderContext, selectHint }: FindingsListProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const listId = useId();
  const [severity, setSeverity] = useState<'' | Severity>('');
  const [code, setCode] = useState('');
  const [unit, setUnit] = useState('');
  const [file, setFile] = useState('');
  const [groupBy, setGroupBy] = useState<GroupBy>('code');
  const [limits, setLimits] = useState<Record<string, number>>({});

  const codes = useMemo(() => [...new Set(items.map((i) => i.finding.code))].sort(), [items]);
  const units = useMemo(
    () => [...new Set(items.flatMap((i) => i.units))].sort((a, b) => a.localeCompare(b, 'vi')),
    [items],
  );
  // By file index, not name: two opened files may share a name (their labels then differ).
  const files = useMemo(() => {
    const byIndex = new Map<number, string>();
    for (const i of items) if (!byIndex.has(i.fileIndex)) byIndex.set(i.fileIndex, i.file);
    return [...byIndex.entries()];
  }, [items]);

  // A choice the findings in view no longer offer (another file is shown) filters nothing, and the
  // box says so: never an empty list under boxes that all read "Tất cả".
  const codeIn = codes.includes(code) ? code : '';
  const unitIn = units.includes(unit) ? unit : '';
  const fileIn = files.some(([index]) => String(index) === file) ? file : '';
  const filtered = useMemo(
    () =>
      items.filter(
        (i) =>
          (!severity || i.finding.severity === severity) &&
          (!codeIn || i.finding.code === codeIn) &&
          (!unitIn || i.units.includes(unitIn)) &&
          (!fileIn || String(i.fileIndex) === fileIn),
      ),
    [items, severity, codeIn, unitIn, fileIn],
  );

  const groups = useMemo(() => {
    const map = new Map<string, FindingItem[]>();
    for (const item of filtered) {
      const key = groupBy === 'code' ? item.finding.code : item.units[0] ?? '';
      const list = map.get(key);
      if (list) list.push(item);
      else map.set(key, [item]);
    }
    const entries = [...map.entries()];
    if (groupBy === 'code') {
      const worst = (list: FindingItem[]) => Math.min(...list.map((i) => severityRank(i.finding.severity)));
      entries.sort(([a, x], [b, y]) => worst(x) - worst(y) || y.length - x.length || a.localeCompare(b));
    } else {
      entries.sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'vi')));
    }
    return entries;
  }, [filtered, groupBy]);

  const sevClass = { error: styles.error, warning: styles.warning, info: styles.info };
  const sevText = { error: styles.sevError, warning: styles.sevWarning, info: styles.sevInfo };

  if (items.length === 0) {
    return (
      <Text as="p" data-testid="no-findings">
        {t.noFindings}
      </Text>
    );
  }

  return (
    <section aria-label={t.findings} data-testid="findings">
      <div className={styles.filters}>
        <FilterSelect label={t.filterSeverity} testId="filter-severity" value={severity} all={t.all} options={SEVERITIES.map((s) => [s, t.severity[s]])} onChange={(v) => setSeverity(v as '' | Severity)} />
        <FilterSelect label={t.filterCode} testId="filter-code" value={codeIn} all={t.all} options={codes.map((c) => [c, findingTitle(c, catalog, t)])} onChange={setCode} />
        <FilterSelect label={t.filterUnit} testId="filter-unit" value={unitIn} all={t.all} options={units.map((u) => [u, u])} onChange={setUnit} />
        {showFile && files.length > 1 ? (
          <FilterSelect label={t.filterFile} testId="filter-file" value={fileIn} all={t.all} options={files.map(([index, name]) => [String(index), name])} onChange={setFile} />
        ) : null}
        <FilterSelect
          label={t.groupBy}
          testId="group-by"
          value={groupBy}
          options={[
            ['code', t.groupByCode],
            ['unit', t.groupByUnit],
          ]}
          onChange={(v) => setGroupBy(v as GroupBy)}
        />
      </div>
      <Text size={200} className={styles.count} role="status" data-testid="findings-shown">
        {filtered.length === items.length ? t.findingsCount(items.length) : t.shownOf(filtered.length, items.length)}
        {onSelect ? ` · ${selectHint ?? t.selectFindingHint}` : ''}
      </Text>
      {filtered.length === 0 ? <Text as="p">{t.noFindingsFiltered}</Text> : null}
      {groups.map(([key, list], groupIndex) => {
        const title = groupBy === 'code' ? findingTitle(key, catalog, t) : key || t.noUnit;
        const limit = limits[key] ?? PAGE;
        const headingId = `${listId}-group-${groupIndex}`;
        return (
          <div key={key} className={styles.group} data-testid="finding-group" data-group={key}>
            <h3 className={styles.groupTitle} id={headingId}>
              <span>{title}</span>
              <span className={styles.groupCount}>{list.length}</span>
            </h3>
            <ul className={styles.list} aria-labelledby={headingId}>
              {list.slice(0, limit).map((item) => {
                const f = item.finding;
                const selected = item.id === selectedId;
                const entry = catalog[f.code];
                return (
                  <li key={item.id}>
                    <button
                      type="button"
                      className={mergeClasses(styles.item, sevClass[f.severity], selected && styles.selected)}
                      data-testid="finding"
                      data-code={f.code}
                      data-row={f.row}
                      data-field={f.field}
                      data-sheet={f.sheet}
                      data-column={f.column}
                      data-file={item.file}
                      data-selected={selected ? 'true' : 'false'}
                      aria-pressed={selected}
                      onClick={() => onSelect?.(item)}
                    >
                      <span className={styles.head}>
                        <span className={mergeClasses(styles.sev, sevText[f.severity])}>{t.severityOne[f.severity]}</span>
                        <span className={styles.address}>{item.address}</span>
                        {showFile ? <span className={styles.file}>{item.file}</span> : null}
                      </span>
                      {t.lang === 'en' && entry ? (
                        <>
                          <span className={styles.line}>{entry.titleEn}</span>
                          <span className={styles.secondary} lang="vi">
                            {f.message}
                          </span>
                        </>
                      ) : (
                        <span className={styles.line} lang="vi">
                          {f.message}
                        </span>
                      )}
                      {f.fix ? (
                        <span className={styles.secondary}>
                          {t.fixTo}: <span lang="vi">{f.fix.value}</span>
                        </span>
                      ) : f.suggestion ? (
                        <span className={styles.secondary}>
                          {t.suggestion}: <span lang="vi">{f.suggestion}</span>
                        </span>
                      ) : null}
                    </button>
                    {selected && renderContext ? (
                      <div className={styles.context} data-testid="finding-context">
                        {renderContext(item)}
                      </div>
                    ) : null}
                  </li>
                );
              })}
            </ul>
            {list.length > limit ? (
              <Button size="small" appearance="subtle" onClick={() => setLimits({ ...limits, [key]: limit + PAGE })}>
                {t.others(list.length - limit)}
              </Button>
            ) : null}
          </div>
        );
      })}
    </section>
  );
}

/** One small labelled drop-down of the filter bar; `all` adds the empty "every value" choice first. */
function FilterSelect(props: { label: string; testId: string; value: string; all?: string; options: [value: string, label: string][]; onChange: (value: string) => void }) {
  const sel = useSelectStyles();
  return (
    <Field label={props.label} size="small">
      <Select className={sel.root} select={{ className: sel.select }} value={props.value} data-testid={props.testId} onChange={(_, d) => props.onChange(d.value)}>
        {props.all !== undefined ? <option value="">{props.all}</option> : null}
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
