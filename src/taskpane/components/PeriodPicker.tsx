import { useId } from 'react';
import { Field, Select } from '@fluentui/react-components';
import type { Directory } from '../../engine/directory/types';
import { useI18n } from '../i18n';
import { useSelectStyles } from './selectStyles';

export interface PeriodPickerProps {
  directory: Directory;
  /** A period id, or '' for automatic (from the sheet). */
  value: string;
  onChange(value: string): void;
  disabled?: boolean;
  /** Shown under the picker: the period the last check used. */
  hint?: string;
}

/** The directory's periods, newest first, after "automatic". */
export function PeriodPicker({ directory, value, onChange, disabled, hint }: PeriodPickerProps) {
  const { t } = useI18n();
  const id = useId();
  const sel = useSelectStyles();
  const periods = [...directory.periods].sort((a, b) => b.from.localeCompare(a.from));
  return (
    <Field label={t.period} hint={hint} size="small">
      <Select className={sel.root} select={{ className: sel.select }} id={id} value={value} disabled={disabled} data-testid="period-picker" onChange={(_, d) => onChange(d.value)}>
        <option value="">{t.periodAuto}</option>
        {periods.map((p) => (
          <option key={p.id} value={p.id}>
            {t.periodLabel(p.id, p.from)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
