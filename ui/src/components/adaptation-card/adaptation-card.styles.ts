import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    min-width: 0;
  }
  .request-head .badge {
    white-space: normal;
    max-width: 100%;
  }
  .request-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25rem 1rem;
    margin-bottom: 0.75rem;
  }
  .request-head h3 {
    margin: 0;
    font-size: 1.15rem;
  }
  .waiting {
    font-weight: 600;
  }
  h4 {
    font-size: 1rem;
    margin: 1rem 0 0.35rem;
  }
  .exchanges li {
    border-left: 4px solid var(--c-border);
    padding: 0.35rem 0 0.35rem 0.75rem;
    margin-bottom: 0.6rem;
  }
  .exchanges li.agent {
    border-left-color: var(--c-primary);
  }
  .exchanges .who {
    margin: 0;
    font-size: 0.95rem;
    color: var(--c-muted);
  }
  .exchanges .text,
  .free-text {
    margin: 0.15rem 0 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .documents a {
    overflow-wrap: anywhere;
  }
  form {
    border-top: 1px solid var(--c-border);
    margin-top: 1rem;
    padding-top: 1rem;
  }
  input[type='date'] {
    display: block;
    width: 100%;
    max-width: 16rem;
    min-height: 2.75rem;
    margin-top: 0.35rem;
    padding: 0.5rem 0.65rem;
    border: 2px solid var(--c-field-border);
    border-radius: 0.3rem;
    background: var(--c-surface);
    color: var(--c-text);
    font: inherit;
  }
  .done-message:focus {
    outline: 3px solid var(--c-focus);
    outline-offset: 2px;
  }
`;
