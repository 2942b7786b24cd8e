import { html, nothing, type TemplateResult } from 'lit';
import type { CaseSummary } from '../api/types.js';
import { atRiskNotice, type AtRiskNotice } from './at-risk.js';

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

/** « Subside à risque : … », « Délai de paiement dépassé : … »: a promise of the case may slip. */
export function atRiskBadge(notice: AtRiskNotice, testId = 'badge-at-risk'): TemplateResult {
  return html`<span class="badge at-risk ${notice.tone}" data-testid=${testId}
    ><span aria-hidden="true">⚠ </span>${notice.text}</span
  >`;
}

/**
 * A case's status, « En retard » and the warning of a case at risk, side by side. The status is
 * left out when the warning gives the same reason.
 */
export function caseBadges(item: CaseSummary, testIds = { status: 'case-status', atRisk: 'badge-at-risk' }) {
  const notice = atRiskNotice(item);
  return html`${notice?.repeatsStatus ? nothing : caseStatusBadge(item, testIds.status)}
  ${item.overdue ? overdueBadge() : nothing} ${notice ? atRiskBadge(notice, testIds.atRisk) : nothing}`;
}
