/** Numbers run 1, 2, 3… within a part (they restart per quarter or section): no repeats, no gaps. */
import type { Check } from './context';

export const numbering: Check = {
  codes: ['duplicate-number', 'number-gap'],
  run(ctx) {
    const scopes = new Map<string, { previous: number | null; seen: Map<number, number> }>();
    for (const t of ctx.tasks) {
      const p = t.parsed;
      const col = p.table.columns.stt;
      if (col === undefined || p.sttNumber === null) continue;
      const key = `${p.sheet}|${p.scope}`;
      let scope = scopes.get(key);
      if (!scope) scopes.set(key, (scope = { previous: null, seen: new Map() }));
      const at = { sheet: p.sheet, row: p.row, col };
      const n = p.sttNumber;
      const otherRow = scope.seen.get(n);
      if (otherRow !== undefined) {
        ctx.emit('duplicate-number', at, { stt: n, otherRow, expected: (scope.previous ?? 0) + 1 });
      } else if (scope.previous !== null && n !== scope.previous + 1) {
        const missing = n > scope.previous + 1 ? ` (thiếu ${range(scope.previous + 1, n - 1)})` : ' (lùi lại)';
        ctx.emit('number-gap', at, { previous: scope.previous, stt: n, missing });
      }
      if (otherRow === undefined) scope.seen.set(n, p.row);
      scope.previous = otherRow === undefined ? n : Math.max(scope.previous ?? n, n);
    }
  },
};

function range(a: number, b: number): string {
  return a === b ? String(a) : `${a}–${b}`;
}
