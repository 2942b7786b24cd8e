import type { ApiErrorDetail } from '../api/api.js';

export type FieldErrors = Record<string, string>;

/**
 * Turns the server's `details` into errors per field. A path may come as `reasonOther`,
 * `body.reasonOther` or `outcome.amountEur`: the last segment names the field. Details whose
 * field the form does not know are returned apart so they are still shown.
 */
export function fieldErrorsFromDetails(
  details: ApiErrorDetail[],
  knownFields: readonly string[],
): { fieldErrors: FieldErrors; otherMessages: string[] } {
  const fieldErrors: FieldErrors = {};
  const otherMessages: string[] = [];
  for (const detail of details) {
    const field = String(detail.path ?? '')
      .split(/[.[\]/]/)
      .filter(Boolean)
      .pop();
    if (field && knownFields.includes(field)) {
      fieldErrors[field] ??= detail.message;
    } else {
      otherMessages.push(detail.message);
    }
  }
  return { fieldErrors, otherMessages };
}
