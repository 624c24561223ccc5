import { makeStyles } from '@fluentui/react-components';

/** Long option texts (finding titles, unit and file names) must not widen a 350 px pane. */
export const useSelectStyles = makeStyles({
  root: { minWidth: 0, maxWidth: '100%' },
  select: { minWidth: 0, width: '100%', textOverflow: 'ellipsis' },
});
