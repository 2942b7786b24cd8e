import { html, type TemplateResult } from 'lit';

export interface ChoiceFieldset<T extends string> {
  legend: string;
  hint: string;
  /** The radio group's name, also the prefix of each option's id. */
  name: string;
  options: ReadonlyArray<{ value: T; label: string }>;
  chosen: T | null;
  onChoose: (value: T) => void;
}

/** One question, one answer among a few: a fieldset of radio buttons with its legend and hint. */
export function choiceFieldsetTemplate<T extends string>(f: ChoiceFieldset<T>): TemplateResult {
  return html`<fieldset>
    <legend>${f.legend}</legend>
    <p class="hint">${f.hint}</p>
    ${f.options.map(
      (o) =>
        html`<div class="choice">
          <input
            type="radio"
            name=${f.name}
            id=${`${f.name}-${o.value}`}
            .checked=${f.chosen === o.value}
            @change=${() => f.onChoose(o.value)}
          />
          <label for=${`${f.name}-${o.value}`}>${o.label}</label>
        </div>`,
    )}
  </fieldset>`;
}
