/** The "Chỉ tiêu" line of "Tổng hợp": only for a programme that has a KPI table. */
import { combineReports } from '../../../src/engine';
import { summaryLayout } from '../../../src/engine/summary/layout';
import { analyseFixture, AS_OF } from '../../helpers/fixtures';

const kpiLine = (report: Parameters<typeof summaryLayout>[0]) =>
  summaryLayout(report, { asOf: AS_OF }).blocks.find((b) => b.id === 'overview')!.rows.find((row) => row[1] === 'Chỉ tiêu')?.[2];

describe('"Chỉ tiêu" in the overview of "Tổng hợp"', () => {
  it('is left out for a programme with no KPI table (phu-luc-II-2025)', async () => {
    const r = await analyseFixture('phu-luc-II-2025.xlsx');
    expect(r.tables.some((t) => t.kind === 'kpi')).toBe(false);
    expect(kpiLine(combineReports([r], AS_OF))).toBeUndefined();
  });

  it('counts the KPIs of a programme with its KPI table, alone or with another file', async () => {
    const withKpi = await analyseFixture('ctct-2025.xlsx');
    const without = await analyseFixture('phu-luc-II-2025.xlsx');
    expect(kpiLine(combineReports([withKpi], AS_OF))).toBe(withKpi.summary.kpiCount);
    expect(withKpi.summary.kpiCount).toBeGreaterThan(0);
    expect(kpiLine(combineReports([without, withKpi], AS_OF))).toBe(withKpi.summary.kpiCount);
  });
});
