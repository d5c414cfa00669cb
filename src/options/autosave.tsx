// Each change on the options page saves itself: a checkbox, radio or list edit at once, a text field after a
// pause in typing (or when it loses focus, or on Enter). Beside the field that changed: "Saved.", or why not.
// Saves of one field that overlap show only the latest one's outcome; the writes themselves take turns under
// the settings lock (settings-store.ts), so the last change made is the one stored.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { Settings } from '../shared/settings';

/**
 * What a save did: saved (with the section's own words, if any); refused because the field is wrong (the
 * field's error says why); refused with the section's own words; or failed.
 */
export type SaveOutcome = { kind: 'saved'; text?: string } | { kind: 'invalid' } | { kind: 'refused'; text: string } | { kind: 'error'; text: string };

/** How a section saves its keys: through the page, which writes them with the repair and keeps its copy. */
export type SaveChanges = (changes: Partial<Settings>) => Promise<SaveOutcome>;

export interface SectionProps {
  settings: Settings; // as last loaded or saved; a section's draft starts from it
  save: SaveChanges;
}

/** The line beside a field after its save: "Saved." or the problem (a wrong value says so in the field's own error). */
export interface Note {
  kind: 'saved' | 'problem';
  text: string;
  seq: number; // which save it is about: each save's words are a new element (tests tell them apart)
}

export const TYPING_PAUSE_MS = 500;

type Save = () => Promise<SaveOutcome>;

export interface Autosave {
  /** Each field's note, by the field's id. */
  notes: Readonly<Record<string, Note | undefined>>;
  /** Saves this field's change now (a checkbox, a radio, a list edit). */
  now(field: string, save: Save): void;
  /** Saves this field's change once typing pauses; the latest call's save is the one made. */
  soon(field: string, save: Save): void;
  /** Makes the field's waiting save now (it lost focus, or Enter was pressed). */
  flush(field: string): void;
}

export function useAutosave(): Autosave {
  const [notes, setNotes] = useState<Record<string, Note | undefined>>({});
  const waiting = useRef(new Map<string, { timer: ReturnType<typeof setTimeout>; save: Save }>());
  const latest = useRef(new Map<string, number>());
  const seq = useRef(0);

  // A page closed mid-pause still saves what was typed.
  useEffect(() => {
    const flushAll = () => [...waiting.current.keys()].forEach(flush);
    addEventListener('pagehide', flushAll);
    return () => removeEventListener('pagehide', flushAll);
  }, []);

  const note = (field: string, value: Omit<Note, 'seq'> | undefined) =>
    setNotes((current) => ({ ...current, [field]: value && { ...value, seq: (seq.current += 1) } }));

  async function run(field: string, save: Save) {
    const turn = (latest.current.get(field) ?? 0) + 1;
    latest.current.set(field, turn);
    note(field, undefined); // the last save's words go while this one is under way
    let outcome: SaveOutcome;
    try {
      outcome = await save();
    } catch (error) {
      outcome = { kind: 'error', text: String(error) };
    }
    if (latest.current.get(field) !== turn) return; // a later change of this field has its own outcome to show
    if (outcome.kind === 'saved') note(field, { kind: 'saved', text: outcome.text ?? t('optionsSaved') });
    else if (outcome.kind === 'refused') note(field, { kind: 'problem', text: outcome.text });
    else if (outcome.kind === 'error') note(field, { kind: 'problem', text: t('optionsNotSavedError', outcome.text) });
  }

  function cancel(field: string) {
    const pending = waiting.current.get(field);
    if (pending !== undefined) clearTimeout(pending.timer);
    waiting.current.delete(field);
    return pending?.save;
  }

  function flush(field: string) {
    const save = cancel(field);
    if (save !== undefined) void run(field, save);
  }

  return {
    notes,
    now(field, save) {
      cancel(field);
      void run(field, save);
    },
    soon(field, save) {
      cancel(field);
      note(field, undefined); // "Saved." would be about an earlier value
      waiting.current.set(field, { timer: setTimeout(() => flush(field), TYPING_PAUSE_MS), save });
    },
    flush,
  };
}

/**
 * A field's note as a live region, so a screen reader hears "Saved." or the problem where the person is. It is
 * always in the page (a live region announces changes, not its arrival), empty until there is something to say.
 */
export function SaveNote({ id, note }: { id: string; note: Note | undefined }) {
  return (
    <span id={id} class={`save-note ${note?.kind === 'problem' ? 'problem' : 'saved'}`} aria-live="polite">
      <NoteText note={note} />
    </span>
  );
}

/** A note's words, a new element for each save (so that each is announced, and tests tell them apart). */
export function NoteText({ note }: { note: Note | undefined }) {
  if (note === undefined) return null;
  return (
    <span key={note.seq} data-testid="save-message">
      {note.text}
    </span>
  );
}
