import type { ApiError, ApiErrorDetail } from '../api/api.js';

export type FieldErrors = Record<string, string>;

/** What a form's error summary says besides the errors per field. */
export interface FormError {
  message: string;
  code: string;
  /** Messages about no field of the form. */
  others: string[];
}

/** The summary when the form's own checks fail, before anything is sent. */
export const INVALID_FORM: FormError = {
  message: 'Le formulaire contient des erreurs.',
  code: 'CLIENT_VALIDATION',
  others: [],
};

/** The errors without the one of `field`: the same object when it has none (nothing to re-render). */
export function withoutError(errors: FieldErrors, field: string): FieldErrors {
  if (!(field in errors)) return errors;
  const rest = { ...errors };
  delete rest[field];
  return rest;
}

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

/** What a form shows when the server refuses it: the errors next to its fields, the rest in its summary. */
export function formErrorsFrom(
  error: ApiError,
  knownFields: readonly string[],
): { fieldErrors: FieldErrors; formError: FormError } {
  const { fieldErrors, otherMessages } = fieldErrorsFromDetails(error.details ?? [], knownFields);
  return { fieldErrors, formError: { message: error.message, code: error.code, others: otherMessages } };
}
