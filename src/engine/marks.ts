/**
 * What both hosts write on a marked cell. Notes CTCT writes start with NOTE_PREFIX, so either host
 * (the add-in or the standalone page) recognises and replaces them, and never a note a person wrote.
 */
export const NOTE_PREFIX = 'CTCT – kết quả kiểm tra';
