/**
 * CTCT's own outputs among the workbooks of a run (see engine/own-outputs, which the standalone
 * page uses too): the CLI's files, told by their full paths.
 */
import * as path from 'node:path';
import type { WorkbookGrid } from '../engine/grid';
import * as own from '../engine/own-outputs';
import type { Input } from './inputs';

export { ownTrackerWins, type ProgrammeDiff } from '../engine/own-outputs';

/** A workbook of the run, read. `folder`: the folder given on the command line it was found in. */
export interface ReadInput {
  input: Input;
  bytes: Uint8Array;
  grid: WorkbookGrid;
  folder?: string;
}

export type SkippedOutput = own.SkippedOutput<ReadInput>;
export type Programme = own.Programme<ReadInput>;

/** `sameAs`: workbooks left out of the run as the same content as one of `files`, a copy's original standing for that one. */
export function sortOwnOutputs(files: readonly ReadInput[], programme?: Programme, sameAs: ReadonlyMap<ReadInput, ReadInput> = new Map()): own.OwnOutputs<ReadInput> {
  return own.sortOwnOutputs(files, programme, sameAs, (file) => path.resolve(file));
}
