import type { FieldErrors } from './field-errors.js';

/** The release form's own checks; the server checks the same and has the last word. */
export function checkExecutionDate(value: string, today: string): FieldErrors {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
    return { executionDate: 'Indiquez la date d’exécution, par exemple 15/01/2027' };
  if (value < today) return { executionDate: 'Choisissez aujourd’hui ou un jour à venir' };
  return {};
}
