// One labelled text input with its hint and its error next to it; the error is tied to the input
// (aria-invalid, aria-describedby) so a screen reader reads it with the field.
import type { ComponentChildren } from 'preact';

export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  onEnter?: () => void; // Enter in the field does this (there is no form to submit)
  type?: 'text' | 'url' | 'number';
  hint?: ComponentChildren;
  error?: string;
  disabled?: boolean;
  min?: number;
  max?: number;
  after?: ComponentChildren; // beside the input, on its line (the button that acts on it)
}

export function TextField({ id, label, value, onInput, onEnter, type = 'text', hint, error, disabled, min, max, after }: TextFieldProps) {
  const described = [hint === undefined ? '' : `${id}-hint`, error === undefined ? '' : `${id}-error`].filter(Boolean).join(' ');
  const input = (
    <input
      id={id}
      type={type as 'text'} // preact types each input type apart; these three share every attribute used here
      value={value}
      disabled={disabled}
      min={min}
      max={max}
      spellcheck={false}
      autocomplete="off"
      aria-invalid={error === undefined ? undefined : 'true'}
      aria-describedby={described === '' ? undefined : described}
      onInput={(event) => onInput(event.currentTarget.value)}
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
      {error !== undefined && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
