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

describe('README', () => {
  it('documents every finding code', () => {
    const readme = require('fs').readFileSync(require('path').resolve(__dirname, '../../../README.md'), 'utf8') as string;
    for (const code of FINDING_CODES) expect(readme).toContain(`| \`${code}\` |`);
  });
});
