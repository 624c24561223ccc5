/**
 * The metamorphic cases of one base workbook, as a jest block: every transformation alone, then a
 * few together; each must leave the report as it was (compare.ts). One test file per base, so that
 * jest runs them side by side.
 */
import { base, check } from './run';
import { combined, Transformation, TRANSFORMATIONS } from './transforms';

export const by = (part: string): Transformation => {
  const t = TRANSFORMATIONS.find((x) => x.name.includes(part));
  if (!t) throw new Error(`no transformation "${part}"`);
  return t;
};

export const COMBINATIONS = [
  combined(by('shifted'), by('reversed'), by('NFD')),
  combined(by('two rows'), by('same lead'), by('every 9')),
  combined(by('two rows'), by('same leader'), by('every 7')),
  combined(by('formulas'), by('rich'), by('spaces'), by('renamed'), by('extra')),
  combined(by('B and C'), by('"Kinh phí"'), by('old tone'), by('TT typed')),
  combined(by('every 9'), by('shifted'), by('dates')),
  combined(by('row undone'), by('title block'), by('blank row'), by('capitals')),
];

export function metamorphicSuite(name: string): void {
  describe(`${name} read the same after an edit that keeps its meaning`, () => {
    beforeAll(() => base(name), 60_000);

    it.each([...TRANSFORMATIONS, ...COMBINATIONS].map((t) => [t.name, t] as const))('%s', async (_n, t) => {
      expect(await check(name, t)).toEqual([]);
    });
  });
}
