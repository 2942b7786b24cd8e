import { css } from 'lit';

export const styles = css`
  .case-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-bottom: 1rem;
  }
  .provider-line {
    font-size: 1.1rem;
    font-weight: 600;
    margin: 0;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    margin: 0;
  }
  .history-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0 1.5rem;
  }
  .technical {
    font-size: 0.95rem;
  }
  .technical .muted {
    font-size: 0.85rem;
  }
`;
