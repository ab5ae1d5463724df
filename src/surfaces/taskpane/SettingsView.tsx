import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Field, Input, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { formFromSettings, parseSettingsForm, type SettingsErrors, type SettingsForm } from './settings-form';

import type { SettingsViewProps } from './view-props';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, maxWidth: '100%' },
});

/** the form's fields top to bottom */
const FIELD_ORDER: readonly (keyof SettingsForm)[] = ['year', 'tolerance', 'noChangePercent', 'dueSoonDays'];

/** The form's state: the saved settings as text, what is wrong with each field, and submitting. */
function useSettingsForm({ settings, onLoad, onSave }: Omit<SettingsViewProps, 'busy'>) {
  const [form, setForm] = useState<SettingsForm | null>(settings && formFromSettings(settings));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const inputs = useRef<Partial<Record<keyof SettingsForm, HTMLInputElement | null>>>({});
  // onLoad is a new function on each render: read the saved settings once per settings value, not per render
  const load = useRef(onLoad);
  load.current = onLoad;
  useEffect(() => {
    if (settings) setForm(formFromSettings(settings));
    else load.current();
  }, [settings]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!form) return;
    const parsed = parseSettingsForm(form);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      // the first bad field in the form's order, so the officer is taken to what needs changing
      const first = FIELD_ORDER.find((key) => parsed.errors[key]);
      if (first) inputs.current[first]?.focus();
      return;
    }
    setErrors({});
    onSave(parsed.settings);
  };
  return { form, setForm, errors, inputs, submit };
}

export function SettingsView({ settings, busy, onLoad, onSave }: SettingsViewProps) {
  const styles = useStyles();
  const { form, setForm, errors, inputs, submit } = useSettingsForm({ settings, onLoad, onSave });
  if (!form) return <Text as="p">Reading the settings saved in the workbook…</Text>;

  const set = (key: keyof SettingsForm) => (value: string) => setForm({ ...form, [key]: value });
  const field = (key: keyof SettingsForm, label: string, hint: string) => (
    <Field
      label={label}
      hint={hint}
      validationMessage={errors[key]}
      validationState={errors[key] ? 'error' : 'none'}
    >
      <Input
        value={form[key]}
        onChange={(_, d) => set(key)(d.value)}
        data-testid={`setting-${key}`}
        ref={(el) => {
          inputs.current[key] = el;
        }}
      />
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
        <Button type="submit" appearance="primary" disabledFocusable={busy} data-testid="save-settings">
          Save settings
        </Button>
      </div>
      <Text size={200}>Saved in the workbook, so the next officer to open it gets the same results.</Text>
    </form>
  );
}
