/**
 * The real pane, the real engine and the real Office.js adapter over the fake Excel object model:
 * what a user sees and what ends up in the workbook, click by click.
 */
import '@testing-library/jest-dom';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TaskPaneApp } from '../../../src/taskpane/excel/TaskPaneApp';
import { engine } from '../../../src/taskpane/engine';
import type { Lang } from '../../../src/taskpane/i18n';
import { FakeWorkbook } from '../excel/fake-excel';
import { hostFor } from '../excel/helpers';

// jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one.
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

export type User = ReturnType<typeof userEvent.setup>;

export function mountPane(wb: FakeWorkbook, lang: Lang = 'vi', today = '2025-09-15') {
  const host = hostFor(wb);
  const user = userEvent.setup();
  render(<TaskPaneApp host={host} engine={engine} today={() => today} debounceMs={0} lang={lang} />);
  return { host, user };
}

export async function openTab(user: User, name: string): Promise<HTMLElement> {
  await user.click(screen.getByRole('tab', { name }));
  return screen.getByRole('tabpanel', { name });
}

/** Clicks `testId` in `panel` and waits until the action `name` is no longer running. */
export async function clickAndWait(user: User, panel: HTMLElement, testId: string, name: string): Promise<void> {
  await user.click(within(panel).getByTestId(testId));
  await waitFor(() => expect(within(panel).queryByTestId(`${name}-running`)).toBeNull());
}

export const HEAD = ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo chỉ đạo', 'Sản phẩm', 'Tình trạng'];

/** A quarter's programme: title, header, "Quý III (n nhiệm vụ)", n complete tasks (row 5 on). */
export function quarterRows(n: number, quarter = 'III', text = (i: number) => `Nhiệm vụ thử số ${i} về đo lường`): unknown[][] {
  const rows: unknown[][] = [['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], [], HEAD, [`Quý ${quarter} (${n} nhiệm vụ)`]];
  for (let i = 1; i <= n; i++) rows.push([i, text(i), 'Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', 'Kế hoạch của Sở', '']);
  return rows;
}

/** The rows of a sheet as label → value of one column, for the rows whose `key` column is set. */
export function columnBy(wb: FakeWorkbook, sheet: string, key: string, value: string): Record<string, unknown> {
  const values = wb.valuesOf(sheet);
  const head = values[0] as string[];
  const k = head.indexOf(key);
  const v = head.indexOf(value);
  const out: Record<string, unknown> = {};
  for (const row of values.slice(1)) if (row[k]) out[String(row[k])] = row[v];
  return out;
}
