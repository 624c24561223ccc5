/**
 * Entry of the standalone page (served at the root URL): the pane's UI on .xlsx files, read and
 * written in the browser with exceljs (`src/xlsx/`). Nothing is uploaded anywhere.
 */
import { createRoot } from 'react-dom/client';
import { readWorkbookGrid, writeMarkedCopyDetailed, writeSummaryWorkbook } from '../xlsx';
import { StandaloneApp } from './standalone/StandaloneApp';
import { engine } from './engine';

const root = createRoot(document.getElementById('root') ?? document.body.appendChild(document.createElement('div')));
root.render(<StandaloneApp engine={engine} xlsx={{ readWorkbookGrid, writeMarkedCopyDetailed, writeSummaryWorkbook }} />);
