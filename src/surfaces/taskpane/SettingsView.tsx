import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Field, Input, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { formFromSettings, parseSettingsForm, type SettingsErrors, type SettingsForm } from './settings-form';

import type { SettingsViewProps } from './view-props';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, maxWidth: '100%' },
});

export function SettingsView({ settings, busy, onLoad, onSave }: SettingsViewProps) {
  const styles = useStyles();
  const [form, setForm] = useState<SettingsForm | null>(settings && formFromSettings(settings));
  const [errors, setErrors] = useState<SettingsErrors>({});
  // onLoad is a new function on each render: read the saved settings once per settings value, not per render
  const load = useRef(onLoad);
  load.current = onLoad;
  useEffect(() => {
    if (settings) setForm(formFromSettings(settings));
    else load.current();
  }, [settings]);
  if (!form) return <Text as="p">Reading the settings saved in the workbook…</Text>;

  const set = (key: keyof SettingsForm) => (value: string) => setForm({ ...form, [key]: value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseSettingsForm(form);
    if (!parsed.ok) return setErrors(parsed.errors);
    setErrors({});
    onSave(parsed.settings);
  };
  const field = (key: keyof SettingsForm, label: string, hint: string) => (
    <Field
      label={label}
      hint={hint}
      validationMessage={errors[key]}
      validationState={errors[key] ? 'error' : 'none'}
    >
      <Input value={form[key]} onChange={(_, d) => set(key)(d.value)} data-testid={`setting-${key}`} />
    </Field>
  );

  return (
    <form
      className={styles.form}
      onSubmit={submit}
      noValidate
      data-testid="settings-view"
      aria-label="Settings"
    >
      {field('year', 'Reporting year', 'e.g. 2009/10; blank for the latest year with an actual')}
      <Field label="Tolerance is">
        <Select
          value={form.toleranceKind}
          onChange={(_, d) => set('toleranceKind')(d.value)}
          data-testid="setting-toleranceKind"
        >
          <option value="relative">a percentage of the target</option>
          <option value="absolute">units or percentage points</option>
        </Select>
      </Field>
      {field('tolerance', 'Tolerance (Amber band)', 'How far short of target still counts as Amber')}
      {field('noChangePercent', 'No-change band (%)', 'Changes smaller than this count as No change')}
      {field('dueSoonDays', 'Table B due-soon window (days)', 'Tasks due within this many days are Due soon')}
      <div>
        <Button type="submit" appearance="primary" disabled={busy}>
          Save settings
        </Button>
      </div>
      <Text size={200}>Saved in the workbook, so the next officer to open it gets the same results.</Text>
    </form>
  );
}
