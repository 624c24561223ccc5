import { makeStyles, tokens } from '@fluentui/react-components';

/** The small data tables of the pane and the page (summary counts, files): one look in both. */
export const useTableStyles = makeStyles({
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    fontSize: tokens.fontSizeBase200,
    '& th, & td': {
      borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
      paddingBlock: tokens.spacingVerticalXXS,
      paddingInline: tokens.spacingHorizontalXS,
      textAlign: 'start',
      verticalAlign: 'top',
    },
    '& th': { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  },
  /** Numbers: right-aligned, digits of equal width, never wrapped. */
  num: { textAlign: 'end !important' as 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
});
