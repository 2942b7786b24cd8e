/**
 * The helpdesk's API (« Aide »), for its pages and task panels. Someone may use it signed out
 * (the contact form, the private link of an e-mail); signed in, each change carries the session's
 * CSRF token, as every other request of the interface.
 */
import { request } from '../../api/api.js';
import type { CaseSummary } from '../../api/types.js';
import type { components } from '../../api/openapi.js';

export type HelpdeskInfo = components['schemas']['HelpdeskInfo'];
export type HelpdeskRequest = components['schemas']['HelpdeskRequestView'];
export type ThreadItem = HelpdeskRequest['thread'][number];
export type NewHelpdeskRequest = components['schemas']['HelpdeskRequest'];
export type RequesterAction = 'reply' | 'reopen' | 'helped';

const call = <T>(method: 'GET' | 'POST', path: string, body?: unknown, headers?: Record<string, string>) =>
  request<T>(method, `/helpdesk${path}`, { body, headers });

export const getHelpdeskInfo = () => call<HelpdeskInfo>('GET', '/info');
export const sendHelpdeskRequest = (input: NewHelpdeskRequest, idempotencyKey: string) =>
  call<{ case: CaseSummary | null; message: string }>('POST', '/requests', input, {
    'Idempotency-Key': idempotencyKey,
  });
export const getMyHelpdeskRequests = () => call<{ cases: CaseSummary[] }>('GET', '/requests');
export const getHelpdeskRequest = (caseId: string) =>
  call<HelpdeskRequest>('GET', `/requests/${encodeURIComponent(caseId)}`);
export const writeToHelpdesk = (caseId: string, action: RequesterAction, body?: string) =>
  call<HelpdeskRequest>('POST', `/requests/${encodeURIComponent(caseId)}/messages`, {
    action,
    ...(body === undefined ? {} : { body }),
  });
/** Someone without an account, with the secret of her e-mail's link (sent in the body only). */
export const getFollowUp = (token: string) => call<HelpdeskRequest>('POST', '/follow-up', { token });
export const writeFollowUp = (token: string, action: RequesterAction, body?: string) =>
  call<HelpdeskRequest>('POST', '/follow-up/messages', {
    token,
    action,
    ...(body === undefined ? {} : { body }),
  });
