import { useCallback, useEffect, useRef, useState } from 'react';

export type AutosaveState = { kind: 'idle' } | { kind: 'dirty' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'failed'; error: unknown };

/** How long typing must pause before a draft is saved. */
export const AUTOSAVE_DELAY_MS = 1200;

/**
 * Saves what changed a moment after typing pauses, one save at a time (a change made during a save
 * is saved after it). Nothing typed is lost: a save that fails keeps its keys for the next one,
 * leaving the page saves at once, and closing the tab with unsaved changes asks first.
 * `save` receives the keys changed since the last save.
 */
export function useAutosave(save: (keys: string[]) => Promise<void>, delay = AUTOSAVE_DELAY_MS) {
  const [state, setState] = useState<AutosaveState>({ kind: 'idle' });
  const pending = useRef(new Set<string>());
  const running = useRef<Promise<void>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save);
  const mounted = useRef(true);
  saveRef.current = save;

  const update = (next: AutosaveState) => {
    if (mounted.current) setState(next);
  };

  const flush = useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    running.current = running.current.then(async () => {
      const keys = [...pending.current];
      if (keys.length === 0) return;
      pending.current.clear();
      update({ kind: 'saving' });
      try {
        await saveRef.current(keys);
        update(pending.current.size > 0 ? { kind: 'dirty' } : { kind: 'saved', at: new Date() });
      } catch (error) {
        for (const key of keys) pending.current.add(key);
        update({ kind: 'failed', error });
      }
    });
    return running.current;
  }, []);

  const changed = useCallback(
    (key: string) => {
      pending.current.add(key);
      setState({ kind: 'dirty' });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delay);
    },
    [delay, flush],
  );

  useEffect(() => {
    mounted.current = true;
    const warn = (event: BeforeUnloadEvent) => {
      if (pending.current.size === 0) return;
      event.preventDefault();
      // Older browsers show the dialog only when a value is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      mounted.current = false;
      // Leaving the page inside the app (another route): what is still unsaved is saved now.
      void flush();
    };
  }, [flush]);

  /** Whether something typed is not stored yet. */
  const unsaved = () => pending.current.size > 0;
  return { state, changed, flush, unsaved };
}
