import { html, type TemplateResult } from 'lit';
import type { CaseSummary } from '../api/types.js';

/** A case's status as a badge: an open case stands out, a closed one does not. */
export function caseStatusBadge(item: CaseSummary, testId = 'case-status'): TemplateResult {
  return html`<span class="badge ${item.status === 'open' ? 'info' : 'neutral'}" data-testid=${testId}
    >${item.statusLabel}</span
  >`;
}

/** « En retard »: a deadline has passed. */
export function overdueBadge(): TemplateResult {
  return html`<span class="badge danger" data-testid="badge-overdue">En retard</span>`;
}

/** « Subside à risque … », « Délai de paiement dépassé … »: a promise of the case may slip. */
export function atRiskBadge(reason: string): TemplateResult {
  return html`<span class="badge warning" data-testid="badge-at-risk">À risque : ${reason}</span>`;
}
