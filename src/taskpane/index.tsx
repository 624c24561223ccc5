/**
 * Entry of the task pane in Excel. Reads Excel only through `createExcelHost()` (Office.js); never
 * imports `src/xlsx/` (exceljs). Outside Excel the page still starts and points to the file checker.
 */
import { createRoot } from 'react-dom/client';
import { createExcelHost } from '../excel';
import { TaskPaneApp } from './excel/TaskPaneApp';
import { NotInExcel } from './NotInExcel';
import { engine } from './engine';
import { startWhenReady } from './start';

const root = createRoot(document.getElementById('root') ?? document.body.appendChild(document.createElement('div')));

startWhenReady({
  excel: () => root.render(<TaskPaneApp host={createExcelHost()} engine={engine} />),
  outside: () => root.render(<NotInExcel />),
});
