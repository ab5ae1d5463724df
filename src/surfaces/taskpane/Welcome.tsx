import { useState } from 'react';
import { Button, Link, Text, makeStyles, tokens } from '@fluentui/react-components';

const SEEN_KEY = 'ni-targets.welcome-seen';
/** the support page beside the pane (the manifest's SupportUrl) */
const SUPPORT = 'assets/support.html';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  brand: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  box: {
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
  link: { display: 'inline-block', minHeight: '24px', lineHeight: '24px' },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)' },
});

function seen(): boolean {
  try {
    return localStorage.getItem(SEEN_KEY) === '1';
  } catch {
    return false; // storage blocked: show the welcome, it is short
  }
}

/**
 * A small brand bar instead of the product name again under Office's own title bar (Microsoft's task-pane
 * guidance), and a first-run welcome saying what each button writes and where; shown once, and again
 * from "What does each button do?".
 */
export function Welcome() {
  const styles = useStyles();
  const [open, setOpen] = useState(() => !seen());
  const close = () => {
    setOpen(false);
    try {
      localStorage.setItem(SEEN_KEY, '1');
    } catch {
      // nothing to do: it shows again next time
    }
  };
  return (
    <>
      {/* the page's one h1, for screen readers; Office's title bar already shows the name */}
      <h1 className={styles.hidden}>NI Targets</h1>
      <div className={styles.bar}>
        <Text className={styles.brand}>National Indicator targets</Text>
        <Button size="small" appearance="transparent" onClick={() => setOpen(!open)} aria-expanded={open}>
          What does each button do?
        </Button>
      </div>
      {open && (
        <section className={styles.box} aria-labelledby="welcome-heading" data-testid="welcome">
          <h2 id="welcome-heading" style={{ margin: 0, fontSize: tokens.fontSizeBase300 }}>
            What NI Targets writes, and where
          </h2>
          <ul className={styles.list}>
            <li>Validate workbook: reads only; lists the tables and what needs checking.</li>
            <li>
              Fill RAG &amp; trajectory: writes RAG, Direction and Trajectory columns beside each table, in
              empty cells only.
            </li>
            <li>Build Table A &amp; B (Reports): adds the sheets Table A and Table B.</li>
            <li>
              Settings are saved in a hidden sheet, with a record of what was written, so Remove NI Targets
              output can take it all back.
            </li>
          </ul>
          <Link className={styles.link} href={SUPPORT} target="_blank">
            Help and support
          </Link>{' '}
          <Button size="small" onClick={close} data-testid="welcome-close">
            Got it
          </Button>
        </section>
      )}
    </>
  );
}
