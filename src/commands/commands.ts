/**
 * The ribbon's function file (manifest <FunctionFile>). The only button opens the task pane
 * (ShowTaskpane), which needs no code here; Office still loads this page, so it must initialise.
 */
const office = (globalThis as { Office?: typeof Office }).Office;
if (office && typeof office.onReady === 'function') void office.onReady();
