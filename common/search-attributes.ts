import { defineSearchAttributeKey } from '@temporalio/common';

/**
 * Custom search attributes every case carries, so a supervisor (or an operator in the Temporal
 * Web UI) can find a case by procedure, provider or status. Registered at start.
 */
export const CASE_PROCEDURE = defineSearchAttributeKey('CaseProcedure', 'KEYWORD');
export const CASE_PROVIDER_ID = defineSearchAttributeKey('CaseProviderId', 'KEYWORD');
export const CASE_STATUS = defineSearchAttributeKey('CaseStatus', 'KEYWORD');

export const CASE_SEARCH_ATTRIBUTES = {
  CaseProcedure: 'Keyword',
  CaseProviderId: 'Keyword',
  CaseStatus: 'Keyword',
} as const;
