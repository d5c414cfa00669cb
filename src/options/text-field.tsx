// One labelled text input with its hint, and beside it one line for what happened to it: its error or the
// problem that kept it from being saved (tied to the input by aria-invalid and aria-describedby, so a screen
// reader reads it with the field), or "Saved.". The line is a live region: either is also announced.
import type { ComponentChildren } from 'preact';
import { NoteText, type Note } from './autosave';

export interface TextFieldProps {
  id: string;
  name?: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  onEnter?: () => void; // Enter in the field does this (there is no form to submit)
  onBlur?: () => void;
  type?: 'text' | 'url' | 'number';
  hint?: ComponentChildren;
  error?: string; // what is wrong with the value, found before saving
  note?: Note; // what its save did, shown when there is no error
  disabled?: boolean;
  min?: number;
  max?: number;
  after?: ComponentChildren; // beside the input, on its line (the button that acts on it)
}

export function TextField({ id, name, label, value, onInput, onEnter, onBlur, type = 'text', hint, error, note, disabled, min, max, after }: TextFieldProps) {
  const problem = error !== undefined || note?.kind === 'problem';
  const described = [hint === undefined ? '' : `${id}-hint`, problem ? `${id}-status` : ''].filter(Boolean).join(' ');
  const input = (
    <input
      id={id}
      name={name}
      type={type as 'text'} // preact types each input type apart; these three share every attribute used here
      value={value}
      disabled={disabled}
      min={min}
      max={max}
      spellcheck={false}
      autocomplete="off"
      aria-invalid={problem ? 'true' : undefined}
      aria-describedby={described === '' ? undefined : described}
      onInput={(event) => onInput(event.currentTarget.value)}
      onBlur={onBlur}
      onKeyDown={(event) => {
        if (onEnter === undefined || event.key !== 'Enter') return;
        event.preventDefault();
        onEnter();
      }}
    />
  );
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {after === undefined ? (
        input
      ) : (
        <div class="field-line">
          {input}
          {after}
        </div>
      )}
      {hint !== undefined && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      <p id={`${id}-status`} class={problem ? 'field-status field-error' : 'field-status saved'} aria-live="polite">
        {error !== undefined ? error : <NoteText note={note} />}
      </p>
    </div>
  );
}
