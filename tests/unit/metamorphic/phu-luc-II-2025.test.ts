/** Metamorphic suite (tests/metamorphic/suite.ts) on phu-luc-II-2025.xlsx: edits that keep its meaning leave its reading unchanged. */
import { metamorphicSuite } from '../../metamorphic/suite';

metamorphicSuite('phu-luc-II-2025.xlsx');
