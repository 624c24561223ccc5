/**
 * One measurement of `npm run bench`, in a fresh process: read the workbook, then check it, as
 * `ctct check` does. Run from its bundle by run-measure.cjs, the way the CLI runs.
 */
import { readFileSync } from 'fs';
import { performance } from 'perf_hooks';
import { analyseWorkbook } from '../../src/engine';
import { readWorkbookGrid } from '../../src/xlsx';

export interface Run {
  read: number;
  engine: number;
  /** Checking the same grid again in the same process, as the task pane does after edits (median of 4). */
  recheck: number;
  peakMb: number;
  tasks: number;
  findings: number;
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function measure(file: string): Promise<Run> {
  const bytes = new Uint8Array(readFileSync(file));
  const t0 = performance.now();
  const grid = await readWorkbookGrid(bytes);
  const t1 = performance.now();
  const report = analyseWorkbook(grid, { fileName: 'bench.xlsx', asOf: '2026-11-21' });
  const t2 = performance.now();
  // maxRSS is the process's true peak (kB), whatever happened between samples; taken before re-checks.
  const peakMb = process.resourceUsage().maxRSS / 1024;
  const again: number[] = [];
  for (let i = 0; i < 4; i++) {
    const t = performance.now();
    analyseWorkbook(grid, { fileName: 'bench.xlsx', asOf: '2026-11-21' });
    again.push(performance.now() - t);
  }
  return { read: t1 - t0, engine: t2 - t1, recheck: median(again), peakMb, tasks: report.summary.taskCount, findings: report.findings.length };
}
