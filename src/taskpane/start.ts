/** How long to wait for `Office.onReady` before treating the page as opened outside Office. */
const READY_TIMEOUT_MS = 4000;

/**
 * Calls `excel` once Office.js reports Excel, `outside` when Office.js is absent, reports another
 * host or no host, or does not answer in time (a later Excel answer still starts the pane).
 */
export function startWhenReady(handlers: { excel(): void; outside(): void }, timeoutMs = READY_TIMEOUT_MS): void {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== 'function') {
    handlers.outside();
    return;
  }
  let settled = false;
  const timer = setTimeout(() => {
    if (!settled) handlers.outside();
  }, timeoutMs);
  office.onReady((info) => {
    settled = true;
    clearTimeout(timer);
    if (info && info.host === office.HostType.Excel) handlers.excel();
    else handlers.outside();
  });
}
