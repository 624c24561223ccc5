/** Metamorphic suite (tests/metamorphic/suite.ts) on ctct-2024.xlsx: edits that keep its meaning leave its reading unchanged. */
import { metamorphicSuite } from '../../metamorphic/suite';

metamorphicSuite('ctct-2024.xlsx');
