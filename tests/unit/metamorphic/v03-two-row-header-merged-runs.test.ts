/** Metamorphic suite (tests/metamorphic/suite.ts) on the variant v03-two-row-header-merged-runs (tests/variants/recipes.ts). */
import { metamorphicSuite } from '../../metamorphic/suite';

metamorphicSuite('v03-two-row-header-merged-runs');
