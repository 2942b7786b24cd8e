import { html, nothing, type TemplateResult } from 'lit';

export interface Choice<T extends string> {
  value: T;
  label: string;
}

export interface RadioGroup<T extends string> {
  /** The field's name: also the start of the ids (`<name>-error`, `<name>-<value>`) and `field-<name>`. */
  name: string;
  legend: string;
  choices: Choice<T>[];
  selected: T | null;
  error?: string;
  onSelect: (value: T) => void;
}

/** A required choice: radio buttons in a fieldset, its legend the question, its error announced with it. */
export function radioGroupTemplate<T extends string>(group: RadioGroup<T>): TemplateResult {
  const { name, error } = group;
  return html`<fieldset
    class=${error ? 'has-error' : ''}
    aria-describedby=${error ? `${name}-error` : nothing}
    data-testid="field-${name}"
  >
    <legend>${group.legend} <span class="required" aria-hidden="true">*</span></legend>
    ${error ? html`<span class="field-error" id="${name}-error">${error}</span>` : nothing}
    ${group.choices.map(
      (choice) =>
        html`<div class="choice">
          <input
            type="radio"
            id="${name}-${choice.value}"
            name=${name}
            .value=${choice.value}
            .checked=${group.selected === choice.value}
            required
            aria-invalid=${error ? 'true' : 'false'}
            @change=${() => group.onSelect(choice.value)}
          />
          <label for="${name}-${choice.value}">${choice.label}</label>
        </div>`,
    )}
  </fieldset>`;
}
