import { html, nothing, type TemplateResult } from 'lit';
import type { BilanSummary } from '../api/types.js';

/** A bilan's stage as a badge; a missed deadline adds « Délai dépassé ». */
export function bilanStageBadge(bilan: BilanSummary): TemplateResult {
  const tone = bilan.stage === 'in_progress' ? 'info' : bilan.stage === 'plan_sent' ? 'success' : 'neutral';
  return html`<span class="badge ${tone}" data-testid="bilan-stage">${bilan.stageLabel}</span>
    ${bilan.overdue ? html`<span class="badge danger" data-testid="bilan-overdue">Délai dépassé</span>` : nothing}`;
}

/** What the provider should do next, in one sentence. */
export function bilanNextStep(bilan: BilanSummary, formatDate: (iso: string) => string): string {
  switch (bilan.stage) {
    case 'upcoming':
      return `Les outils de votre bilan s'ouvriront le ${formatDate(bilan.startsAt)}. En attendant, vous pouvez consulter la documentation.`;
    case 'in_progress':
      return bilan.overdue
        ? `Le délai d'envoi de votre plan d'action (${formatDate(bilan.deadline)}) est dépassé : envoyez-le dès que possible ; votre agent conseil va prendre contact avec vous.`
        : `Complétez vos volets, donnez-en l'accès à l'ONE et envoyez votre plan d'action au plus tard le ${formatDate(bilan.deadline)}.`;
    case 'plan_sent':
      return "Votre plan d'action a été envoyé : votre agent conseil l'examine.";
    default:
      return 'Ce bilan est clôturé.';
  }
}

/** « 12 ko », « 1,4 Mo » */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} octets`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} ko`;
  return `${(bytes / 1024 / 1024).toLocaleString('fr-BE', { maximumFractionDigits: 1 })} Mo`;
}
