/** What numbers a section or a row, folded or in lower case: "1", "12", "II", "b". One pattern for every reader of one. */
export const SECTION_MARK = String.raw`(?:\d{1,3}|[ivx]+|[a-z])`;
