/** Metamorphic suite (tests/metamorphic/suite.ts) on the variant v09-deadline-status-result (tests/variants/recipes.ts): deadlines, statuses, results. */
import { metamorphicSuite } from '../../metamorphic/suite';

metamorphicSuite('v09-deadline-status-result');
