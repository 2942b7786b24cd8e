import type { CaseSummary } from '../api/types.js';
import { caseUi } from '../procedures.js';

/** What the coordination reads when a promise of a case may not be kept (an ACTE subsidy). */
export interface AtRiskNotice {
  /** « Subside à risque : Aucune coordonnée bancaire validée », « Délai de paiement dépassé : … » */
  text: string;
  /** `danger` once the deadline has passed, `warning` before. */
  tone: 'warning' | 'danger';
  /** The case's status already gives the same reason: showing both would only repeat it. */
  repeatsStatus: boolean;
}

const OVERDUE = /^Délai de paiement dépassé\s*:?\s*/;

const lower = (s: string) => s.trim().toLocaleLowerCase('fr');

/** The warning of a case at risk, or null when the case is on track. */
export function atRiskNotice(
  item: Pick<CaseSummary, 'procedure' | 'atRisk' | 'statusLabel'>,
): AtRiskNotice | null {
  const reason = item.atRisk?.trim();
  if (!reason) return null;
  const overdue = OVERDUE.test(reason);
  // The why, without « Délai de paiement dépassé » (« aucune coordonnée bancaire validée »).
  const why = overdue ? reason.replace(OVERDUE, '') : reason;
  const repeatsStatus = why !== '' && lower(item.statusLabel).endsWith(lower(why));
  if (overdue) return { text: reason, tone: 'danger', repeatsStatus };
  const text = `${caseUi(item.procedure)?.atRiskLabel ?? 'À risque'} : ${reason}`;
  return { text, tone: 'warning', repeatsStatus };
}
