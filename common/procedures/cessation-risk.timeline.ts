import { PERIOD_LABELS, REASON_LABELS, describeOutcome, type AnalysisOutcome } from '../cessation-risk';
import { commentOf, lines, type CaseRecord, type ProcedureTimeline, type TimelineEntry } from '../timeline';
import type { CessationRiskInput } from '../../workflows/cessation-risk';

/** The report, as the case's first line. */
function opened(at: string, input: CessationRiskInput): TimelineEntry {
  const detailParts = [
    `Période : ${PERIOD_LABELS[input.report.period]}`,
    `Motif : ${REASON_LABELS[input.report.reason]}`,
  ];
  if (input.report.reasonOther) detailParts.push(`Précision : ${input.report.reasonOther}`);
  return {
    at,
    kind: 'case_opened',
    title: `Signalement enregistré par ${input.reportedBy.displayName}`,
    detail: detailParts.join(' · '),
    actor: input.reportedBy,
    tone: 'info',
  };
}

/** « Dossier clôturé », with the result of the analysis. */
export function closedWithResult(at: string, record: CaseRecord): TimelineEntry | null {
  if (record.status !== 'closed' || !record.outcome) return null;
  return {
    at,
    kind: 'case_closed',
    title: 'Dossier clôturé',
    detail: `Résultat : ${describeOutcome(record.outcome as unknown as AnalysisOutcome)}`,
    actor: null,
    tone: 'success',
  };
}

/** Procedure 1's history: the report, the analysis and its result. */
export const cessationRiskTimeline: ProcedureTimeline = {
  entries(event) {
    if (event.type !== 'started') return [];
    const input = event.input as CessationRiskInput | undefined;
    return input ? [opened(event.at, input)] : [];
  },
  caseRecorded: closedWithResult,
  completion(_kind, outcome) {
    const comment = commentOf(outcome);
    return {
      detail: lines(
        `Résultat : ${describeOutcome(outcome as unknown as AnalysisOutcome)}`,
        comment ? `Commentaire : ${comment}` : null,
      ),
      tone: 'success',
    };
  },
};
