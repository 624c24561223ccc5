/** The printed summary's lists by unit and leader, as a department head reads them against the total. */
import { formatSummary } from '../../../src/cli/format';
import { analyse, programme2025, sheet, task } from '../../helpers/grid';

describe('printed summary by unit and leader', () => {
  it('says why the list adds up to more than the tasks when a task has two units or leaders', () => {
    const r = analyse([sheet('PL', programme2025([task(1, 'Nhiệm vụ A', { lead: 'Phòng QLKH&ĐMST; Văn phòng Sở' }), task(2, 'Nhiệm vụ B')]))]);
    const text = formatSummary(r.summary).join('\n');
    expect(r.summary.taskCount).toBe(2);
    expect(text).toContain('(nhiệm vụ có nhiều đơn vị chủ trì được tính cho từng đơn vị: cộng lại 3, nhiều hơn 2 nhiệm vụ)');
    expect(text).not.toContain('từng lãnh đạo');
  });
});
