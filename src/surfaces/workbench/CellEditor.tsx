import { useEffect, useState } from 'react';
import { Button, Input, makeStyles, tokens } from '@fluentui/react-components';
import { cellAt } from '../../engine/model/snapshot';
import { parseA1 } from '../../engine/model/a1';
import { cellText } from './grid-cells';
import type { Workbench } from './workbench-props';

const useStyles = makeStyles({
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  input: { flexGrow: 1, maxWidth: '320px' },
});

/**
 * Excel's formula bar, reduced to what the workbench needs: the selected cell's value, which the officer
 * can change; Enter (or Set) writes it into the workbook, and the pane hears it as Excel's onChanged.
 */
export function CellEditor({ wb }: { wb: Workbench }) {
  const styles = useStyles();
  const sel = wb.selection;
  const single = sel && !sel.range.includes(':') ? sel : null;
  const sheet = single ? wb.snapshot?.sheets.find((s) => s.name === single.sheet) : undefined;
  const at = single ? parseA1(single.range) : null;
  const shown = sheet && at ? cellText(cellAt(sheet, at.row, at.col)) : '';
  const [text, setText] = useState(shown);
  useEffect(() => setText(shown), [shown, single?.sheet, single?.range]);
  if (!single) return null;
  const commit = () => void wb.editCell(single.sheet, single.range, text);
  return (
    <div className={styles.bar}>
      <Input
        className={styles.input}
        value={text}
        onChange={(_, d) => setText(d.value)}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
        aria-label={`Value of ${single.sheet}!${single.range}`}
        data-testid="cell-editor"
      />
      <Button onClick={commit} data-testid="cell-set">
        Set
      </Button>
    </div>
  );
}
