import { css } from 'lit';

export const styles = css`
  .in-page {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.25rem;
    padding: 0;
    margin: 0 0 1.25rem;
    list-style: none;
  }
  .categories,
  .objectives,
  .actions-list,
  .documents,
  .reviews,
  .extensions {
    list-style: none;
    padding: 0;
    margin: 0 0 1rem;
  }
  .categories > li,
  .objectives > li,
  .actions-list > li,
  .documents > li {
    border-top: 1px solid var(--c-border);
    padding: 0.75rem 0;
  }
  .item-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25rem 1rem;
  }
  .item-head h3 {
    margin: 0;
    font-size: 1.05rem;
  }
  .free-text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .inline-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.5rem;
  }
  .link-button {
    background: none;
    border: 0;
    padding: 0.35rem 0;
    color: var(--c-primary);
    text-decoration: underline;
    font: inherit;
    cursor: pointer;
    min-height: 2.75rem;
  }
  .link-button.danger {
    color: var(--c-danger);
  }
  .editor {
    border: 2px solid var(--c-primary-light);
    border-radius: 0.4rem;
    padding: 1rem;
    margin: 0.75rem 0;
    background: var(--c-surface);
  }
  input[type='date'],
  input[type='file'] {
    display: block;
    margin-top: 0.35rem;
    min-height: 2.75rem;
    font: inherit;
  }
  input[type='date'] {
    padding: 0.4rem 0.6rem;
    border: 2px solid var(--c-field-border);
    border-radius: 0.3rem;
    background: var(--c-surface);
    color: var(--c-text);
  }
  .review {
    border-left: 4px solid var(--c-primary);
    padding: 0.25rem 0 0.25rem 0.9rem;
    margin: 0.75rem 0;
  }
  .deadline {
    font-size: 1.1rem;
    font-weight: 600;
  }
  .documents-block {
    margin-top: 1.75rem;
  }
  .private {
    font-style: italic;
  }
`;
