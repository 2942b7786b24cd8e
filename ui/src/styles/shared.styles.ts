import { css } from 'lit';

/**
 * The look of a primary button. The shell renders in the light DOM, where the shared styles cannot
 * go (they would style the whole document): it gives these declarations to its own button.
 */
export const buttonLook = css`
  min-height: 2.75rem;
  padding: 0.55rem 1.1rem;
  border: 2px solid var(--c-primary);
  border-radius: 0.4rem;
  background: var(--c-primary);
  color: var(--c-on-primary);
  font: inherit;
  font-weight: 600;
  cursor: pointer;
`;

/**
 * Styles every component shares: typography, links, buttons, form fields, badges, alerts, cards.
 * Colours come from the custom properties defined on :root in public/app.css (they inherit into
 * every shadow root). Every text colour keeps a contrast of at least 4.5:1 on its background.
 */
export const sharedStyles = css`
  :host {
    display: block;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }

  h1,
  h2,
  h3 {
    line-height: 1.25;
    color: var(--c-heading);
    margin: 0 0 0.75rem;
  }
  h1 {
    font-size: clamp(1.5rem, 1.2rem + 1.2vw, 2rem);
  }
  h2 {
    font-size: 1.35rem;
  }
  h3 {
    font-size: 1.1rem;
  }
  h1:focus {
    outline: none;
  }
  h1:focus-visible {
    outline: 3px solid var(--c-focus);
    outline-offset: 4px;
  }
  p {
    margin: 0 0 0.75rem;
  }

  a {
    color: var(--c-link);
    text-underline-offset: 0.15em;
  }
  a:hover {
    color: var(--c-link-hover);
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  [tabindex]:focus-visible {
    outline: 3px solid var(--c-focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0, 0, 0, 0);
    white-space: nowrap;
    border: 0;
  }

  .muted {
    color: var(--c-muted);
  }

  /* Buttons (also used on links that look like buttons) */
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5rem;
    text-align: center;
    text-decoration: none;
    ${buttonLook}
  }
  .button:hover {
    background: var(--c-primary-dark);
    border-color: var(--c-primary-dark);
    color: var(--c-on-primary);
  }
  .button.secondary {
    background: var(--c-surface);
    color: var(--c-primary);
  }
  .button.secondary:hover {
    background: var(--c-primary-light);
    color: var(--c-primary-dark);
  }
  .button[disabled],
  .button[aria-disabled='true'] {
    background: var(--c-disabled-bg);
    border-color: var(--c-disabled-bg);
    color: var(--c-disabled-text);
    cursor: not-allowed;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
    margin-top: 1.25rem;
  }

  /* Form fields */
  .field {
    margin: 0 0 1.25rem;
  }
  label,
  legend {
    font-weight: 600;
  }
  fieldset {
    border: 0;
    margin: 0 0 1.25rem;
    padding: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.5rem;
  }
  .hint {
    display: block;
    color: var(--c-muted);
    font-size: 0.95rem;
    margin: 0.15rem 0 0.4rem;
  }
  input[type='text'],
  input[type='number'],
  input[type='email'],
  input[type='password'],
  input[type='tel'],
  select,
  textarea {
    display: block;
    width: 100%;
    max-width: 32rem;
    min-height: 2.75rem;
    margin-top: 0.35rem;
    padding: 0.5rem 0.65rem;
    border: 2px solid var(--c-field-border);
    border-radius: 0.3rem;
    background: var(--c-surface);
    color: var(--c-text);
    font: inherit;
  }
  textarea {
    min-height: 7rem;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--c-danger);
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.6rem;
    padding: 0.35rem 0;
  }
  .choice input {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.15rem 0 0;
    accent-color: var(--c-primary);
  }
  .choice label {
    font-weight: 400;
  }
  .field-error {
    display: block;
    color: var(--c-danger);
    font-weight: 600;
    margin: 0.25rem 0;
  }
  .field-error::before {
    content: '⚠ ';
  }
  .has-error {
    border-left: 4px solid var(--c-danger);
    padding-left: 0.9rem;
  }
  .required {
    color: var(--c-danger);
  }

  /* Badges: always a word, never colour alone */
  .badge {
    display: inline-block;
    padding: 0.1rem 0.55rem;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: 0.875rem;
    font-weight: 600;
    line-height: 1.5;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  .badge.success {
    color: var(--c-success);
    background: var(--c-success-bg);
  }
  .badge.warning {
    color: var(--c-warning);
    background: var(--c-warning-bg);
  }
  .badge.danger {
    color: var(--c-danger);
    background: var(--c-danger-bg);
  }
  .badge.info {
    color: var(--c-primary-dark);
    background: var(--c-primary-light);
  }
  .badge.neutral {
    color: var(--c-text);
    background: var(--c-neutral-bg);
  }
  /* A warning sentence (a case at risk) may run over several lines: a box, not a pill. */
  .badge.at-risk {
    border-radius: 0.35rem;
  }

  /* Messages */
  .alert {
    border-left: 5px solid;
    border-radius: 0.3rem;
    padding: 0.85rem 1rem;
    margin: 0 0 1.25rem;
  }
  .alert > :last-child {
    margin-bottom: 0;
  }
  .alert.error {
    border-color: var(--c-danger);
    background: var(--c-danger-bg);
    color: var(--c-danger-text);
  }
  .alert.success {
    border-color: var(--c-success);
    background: var(--c-success-bg);
    color: var(--c-success-text);
  }
  .alert.info {
    border-color: var(--c-primary);
    background: var(--c-primary-light);
    color: var(--c-text);
  }
  .alert.warning {
    border-color: var(--c-warning);
    background: var(--c-warning-bg);
    color: var(--c-text);
  }
  .alert strong:first-child {
    display: block;
    margin-bottom: 0.25rem;
  }

  .card {
    background: var(--c-surface);
    border: 1px solid var(--c-border);
    border-radius: 0.5rem;
    padding: 1.25rem;
    margin: 0 0 1.25rem;
  }
  .card > :last-child {
    margin-bottom: 0;
  }

  /* Term / value pairs */
  dl.facts {
    display: grid;
    grid-template-columns: minmax(9rem, max-content) 1fr;
    gap: 0.4rem 1.25rem;
    margin: 0 0 1rem;
  }
  dl.facts dt {
    font-weight: 600;
    color: var(--c-muted);
  }
  dl.facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  @media (max-width: 40rem) {
    dl.facts {
      grid-template-columns: 1fr;
      gap: 0.1rem;
    }
    dl.facts dd {
      margin-bottom: 0.6rem;
    }
  }

  .overdue-date {
    color: var(--c-danger);
    font-weight: 600;
  }

  ul.plain {
    list-style: none;
    margin: 0;
    padding: 0;
  }
`;

/**
 * A list of records (cases, tasks) as cards with a coloured edge, red when overdue. The component
 * lays each card out in columns once it is wide enough (its host is the query container).
 */
export const recordListStyles = css`
  :host {
    container-type: inline-size;
  }
  .rows {
    display: grid;
    gap: 0.75rem;
  }
  .row {
    background: var(--c-surface);
    border: 1px solid var(--c-border);
    border-left: 5px solid var(--c-primary);
    border-radius: 0.5rem;
    padding: 0.9rem 1rem;
    display: grid;
  }
  .row.overdue {
    border-left-color: var(--c-danger);
  }
  .meta {
    margin: 0;
    display: grid;
  }
  .meta dt {
    font-size: 0.85rem;
    color: var(--c-muted);
    font-weight: 600;
  }
  .meta dd {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
  }
  .empty {
    padding: 1rem;
    background: var(--c-surface);
    border: 1px dashed var(--c-field-border);
    border-radius: 0.5rem;
  }
`;

/** A page about one record: the « Retour » link above its title, then two columns of cards on wide screens. */
export const recordPageStyles = css`
  .back {
    margin-bottom: 0.5rem;
  }
  .layout {
    display: grid;
    gap: 0 1.25rem;
  }
  @media (min-width: 60rem) {
    .layout {
      grid-template-columns: 1fr 1fr;
      align-items: start;
    }
  }
`;
