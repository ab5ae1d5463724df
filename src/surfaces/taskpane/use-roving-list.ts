/**
 * One Tab stop for a long list (the ARIA listbox pattern): only the current item is in the Tab order,
 * arrows, Home, End, Page Up and Page Down move inside, Enter or Space acts on it, and Tab leaves the
 * list. A workbook can give hundreds of findings; Tab must not have to walk through all of them.
 */
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';

const PAGE = 10;

function nextIndex(key: string, at: number, count: number): number | null {
  switch (key) {
    case 'ArrowDown':
      return Math.min(at + 1, count - 1);
    case 'ArrowUp':
      return Math.max(at - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'PageDown':
      return Math.min(at + PAGE, count - 1);
    case 'PageUp':
      return Math.max(at - PAGE, 0);
    default:
      return null;
  }
}

export function useRovingList(count: number, onAct: (index: number) => void) {
  const [active, setActive] = useState(0);
  const items = useRef<(HTMLElement | null)[]>([]);
  // the list shrinks when filtered: keep the current item inside it
  const current = Math.min(active, Math.max(count - 1, 0));
  useEffect(() => {
    if (active !== current) setActive(current);
  }, [active, current]);

  const moveTo = useCallback((i: number) => {
    setActive(i);
    items.current[i]?.focus();
    items.current[i]?.scrollIntoView?.({ block: 'nearest' });
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (count === 0) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onAct(current);
      return;
    }
    const next = nextIndex(e.key, current, count);
    if (next === null) return;
    e.preventDefault();
    moveTo(next);
  };

  /** props for item i: in the Tab order only when current; clicking it makes it current and acts */
  const itemProps = (i: number) => ({
    ref: (el: HTMLElement | null) => {
      items.current[i] = el;
    },
    tabIndex: i === current ? 0 : -1,
    'aria-selected': i === current,
    onClick: () => {
      setActive(i);
      onAct(i);
    },
  });

  return { onKeyDown, itemProps };
}
