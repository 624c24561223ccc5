/**
 * "Re-check when the sheet changes": worksheet change events (ExcelApi 1.7). Changes CTCT makes
 * itself (fixes, marks, the summary…) are ignored: the host opens a quiet window around its writes.
 */
import type { AdapterCapabilities } from './capabilities';
import type { HostEnv } from './env';

/** Shared with the host: writes in progress, and the time until which events are CTCT's own echo. */
export interface Quiet {
  depth: number;
  until: number;
}

/** Events arrive shortly after the sync that caused them. */
export const ECHO_MS = 1500;

type Handler = OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;

export async function onChanged(env: HostEnv, caps: AdapterCapabilities, quiet: Quiet, callback: () => void): Promise<() => void> {
  if (!caps.events) return () => undefined;
  const listener = async () => {
    if (quiet.depth > 0 || env.now().getTime() < quiet.until) return;
    callback();
  };
  const handlers: Handler[] = [];
  await env.run(async (context) => {
    const sheets = context.workbook.worksheets;
    if (caps.workbookEvents) {
      // ExcelApi 1.9: one handler for every sheet, including sheets added later.
      handlers.push(sheets.onChanged.add(listener));
    } else {
      // ExcelApi 1.7: one handler per existing sheet.
      sheets.load('items/name');
      await context.sync();
      for (const sheet of sheets.items) handlers.push(sheet.onChanged.add(listener));
    }
    await context.sync();
  });
  let removed = false;
  return () => {
    if (removed || handlers.length === 0) return;
    removed = true;
    void env
      .runIn(handlers[0].context, async (context) => {
        for (const h of handlers) h.remove();
        await context.sync();
      })
      .catch(() => undefined); // the workbook may already be closed
  };
}
