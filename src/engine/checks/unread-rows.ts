/** Rows of a table read as nothing (no task, heading or rest of a task): said, not lost unseen. */
import type { Check } from './context';
import { shorten } from './required-fields';

export const unreadRows: Check = {
  codes: ['unread-row'],
  run(ctx) {
    for (const sheet of ctx.sheets) {
      for (const u of sheet.unread) ctx.emit('unread-row', { sheet: u.sheet, row: u.row, col: u.col }, { text: shorten(u.text, 80) });
    }
  },
};
