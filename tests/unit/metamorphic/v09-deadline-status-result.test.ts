/** Metamorphic suite (tests/metamorphic/suite.ts) on v09-deadline-status-result: edits that keep its meaning leave its reading unchanged. */
import { metamorphicSuite } from '../../metamorphic/suite';

metamorphicSuite('v09-deadline-status-result');
