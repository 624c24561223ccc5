/** The catalog is the documentation: every code a check emits is in it, spelled as the contract says. */
import { FINDING_CATALOG, FINDING_CODES } from '../../../src/engine';
import { CHECKS } from '../../../src/engine/checks';

describe('finding catalog', () => {
  it('has the codes the department relies on, exactly so spelled', () => {
    const required = [
      'missing-lead-unit', 'missing-leader', 'missing-product', 'missing-task', 'unknown-unit', 'outdated-unit', 'unknown-leader',
      'swapped-columns', 'duplicate-number', 'number-gap', 'duplicate-task', 'declared-count-mismatch', 'invalid-date',
      'deadline-outside-quarter', 'month-outside-quarter', 'unknown-status', 'legacy-encoding', 'formula-error', 'inconsistent-spelling',
    ];
    for (const code of required) expect(FINDING_CODES).toContain(code);
  });

  it('is covered by the checks, each code owned by exactly one check', () => {
    const owned = CHECKS.flatMap((c) => c.codes);
    expect([...owned].sort()).toEqual([...FINDING_CODES].sort());
    expect(new Set(owned).size).toBe(owned.length);
  });

  it('gives every code a kebab-case name, a severity and Vietnamese texts', () => {
    for (const [code, e] of Object.entries(FINDING_CATALOG)) {
      expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(['error', 'warning', 'info']).toContain(e.severity);
      expect(e.title.length).toBeGreaterThan(5);
      expect(e.message).toMatch(/[^\x00-\x7F]/); // Vietnamese, with its diacritics
    }
  });
});

describe('severity by column', () => {
  it('reports an unknown or outdated coordinating unit at the severity the catalog documents for that column', () => {
    const { analyse, programme2025, sheet, task } = require('../../helpers/grid') as typeof import('../../helpers/grid');
    const r = analyse([sheet('PL', programme2025([task(1, 'Một', { lead: 'Phòng HCTH', coord: 'Phòng HCTH; Phòng XYZ' })]))]);
    const found = r.findings.filter((f) => f.code === 'outdated-unit' || f.code === 'unknown-unit').map((f) => [f.code, f.field, f.severity]);
    expect(found).toEqual([
      ['outdated-unit', 'lead', FINDING_CATALOG['outdated-unit'].severity],
      ['outdated-unit', 'coord', FINDING_CATALOG['outdated-unit'].severityByField.coord],
      ['unknown-unit', 'coord', FINDING_CATALOG['unknown-unit'].severityByField.coord],
    ]);
    expect(found.map((f) => f[2])).toEqual(['warning', 'info', 'info']);
  });

  it('is documented in README and by `ctct codes`', () => {
    const readme = require('fs').readFileSync(require('path').resolve(__dirname, '../../../README.md'), 'utf8') as string;
    for (const code of ['unknown-unit', 'outdated-unit'] as const) {
      expect(readme).toContain(`| \`${code}\` | cảnh báo (cột phối hợp: thông tin) |`);
      expect(FINDING_CATALOG[code].description).toContain('Ở cột phối hợp, kết quả ở mức thông tin.');
    }
  });
});

describe('README', () => {
  it('documents every finding code', () => {
    const readme = require('fs').readFileSync(require('path').resolve(__dirname, '../../../README.md'), 'utf8') as string;
    for (const code of FINDING_CODES) expect(readme).toContain(`| \`${code}\` |`);
  });
});
