import type { CaseFilters } from '../api/types.js';
import { caseProcedureOptions } from '../procedures.js';

/** The procedures the console can filter on; `value` is the API's `procedure`. */
export const CASE_PROCEDURES: ReadonlyArray<{ value: string; label: string }> = caseProcedureOptions;

/** Filters of the supervisor's console, kept in the address (same names as the API's). */
export function filtersFromSearch(search: string): CaseFilters {
  const params = new URLSearchParams(search);
  const status = params.get('status');
  return {
    procedure: params.get('procedure') || undefined,
    status: status === 'open' || status === 'closed' ? status : undefined,
    providerId: params.get('providerId') || undefined,
    overdue: params.get('overdue') === 'true' || undefined,
  };
}

export function searchFromFilters(filters: CaseFilters): string {
  const params = new URLSearchParams();
  if (filters.procedure) params.set('procedure', filters.procedure);
  if (filters.status) params.set('status', filters.status);
  if (filters.providerId) params.set('providerId', filters.providerId);
  if (filters.overdue) params.set('overdue', 'true');
  return params.toString();
}
