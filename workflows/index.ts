// Every workflow the worker runs. The bundler starts from this file.
export { cessationRiskWorkflow } from './cessation-risk';
export { bilanWorkflow } from './bilan';
export { bilanCampaignWorkflow } from './bilan-campaign';
export { validationWorkflow } from './validation';
export { adaptationWorkflow } from './adaptation';
export { acteWorkflow, acteQuestionWorkflow, paymentBatchWorkflow } from './acte';
export { mailWorkflow, agentDigestWorkflow, mailSweepWorkflow } from './mail';
export { flashWorkflow } from './flash';
export { helpdeskWorkflow } from './helpdesk';
