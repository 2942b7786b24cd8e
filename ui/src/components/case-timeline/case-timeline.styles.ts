import { css } from 'lit';

export const styles = css`
  .timeline {
    list-style: none;
    margin: 0;
    padding: 0 0 0 1.25rem;
    border-left: 3px solid var(--c-border);
  }
  .entry {
    position: relative;
    margin: 0 0 1rem;
    padding: 0.6rem 0.9rem;
    background: var(--c-surface);
    border: 1px solid var(--c-border);
    border-radius: 0.4rem;
  }
  .entry::before {
    content: '';
    position: absolute;
    left: calc(-1.25rem - 9px);
    top: 0.95rem;
    width: 13px;
    height: 13px;
    border-radius: 50%;
    background: var(--c-primary);
    border: 2px solid var(--c-surface);
  }
  .tone-success::before {
    background: var(--c-success);
  }
  .tone-warning::before,
  .alert-entry::before {
    background: var(--c-warning);
  }
  .alert-entry::before {
    left: calc(-1.25rem - 13px);
  }
  .alert-entry {
    background: var(--c-warning-bg);
    border-color: var(--c-warning);
    border-left-width: 5px;
  }
  time {
    display: block;
    font-size: 0.9rem;
    color: var(--c-muted);
  }
  .alert-entry time {
    color: var(--c-text);
  }
  .title {
    margin: 0.1rem 0 0;
    font-weight: 600;
  }
  .alert-label {
    color: var(--c-warning);
    font-weight: 700;
  }
  .detail {
    margin: 0.25rem 0 0;
    white-space: pre-line;
  }
  .actor {
    margin: 0.25rem 0 0;
    font-size: 0.9rem;
  }
`;
