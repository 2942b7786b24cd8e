import { RESET_LINK_MINUTES } from '../../../common/node/password-reset-token';
import type { MailContent } from './layout';
import type { MailTemplate, TemplateHelpers } from './types';

/**
 * « Mot de passe oublié ? ». The row holds the reset's id only: the link's secret is derived from
 * it when the message is rendered, so neither the database nor the workflow history holds a
 * usable link. An account on the strong login has no password: it is told how to log in instead.
 */
export type PasswordResetParams = { resetId: string; strongLogin?: undefined } | { strongLogin: true };

const REASON =
  'Vous recevez ce message parce que quelqu’un a demandé un nouveau mot de passe PRO.ONE pour cette adresse e-mail.';

function render(params: PasswordResetParams, helpers: TemplateHelpers): MailContent {
  if (params.strongLogin) {
    return {
      subject: 'Votre connexion à PRO.ONE',
      paragraphs: [
        'Vous avez demandé à changer votre mot de passe PRO.ONE.',
        'Votre compte n’utilise plus de mot de passe : vous vous connectez avec la connexion forte. Sur la page de connexion, choisissez « Connexion avec eID / itsme / clés BOSA ».',
        'Si vous n’avez pas fait cette demande, vous n’avez rien à faire.',
      ],
      action: { label: 'Aller à la page de connexion', path: '/connexion' },
      reason: REASON,
    };
  }
  return {
    subject: 'Choisir un nouveau mot de passe PRO.ONE',
    paragraphs: [
      'Vous avez demandé à changer votre mot de passe PRO.ONE. Pour en choisir un nouveau, utilisez le bouton ci-dessous.',
      `Ce lien est valable ${RESET_LINK_MINUTES} minutes et ne fonctionne qu’une seule fois. Passé ce délai, demandez-en un nouveau sur la page de connexion (« Mot de passe oublié ? »).`,
      'Si vous n’avez pas fait cette demande, vous n’avez rien à faire : votre mot de passe reste le même.',
    ],
    action: {
      label: 'Choisir un nouveau mot de passe',
      // A fragment never reaches the server: the secret stays out of every access log.
      path: `/mot-de-passe/nouveau#${helpers.resetToken(params.resetId)}`,
    },
    reason: REASON,
  };
}

export const passwordResetTemplate: MailTemplate<PasswordResetParams> = {
  name: 'password-reset',
  description: 'Le lien pour choisir un nouveau mot de passe (« Mot de passe oublié ? »)',
  render,
  demos: [
    {
      title: 'Lien pour choisir un nouveau mot de passe',
      recipientName: 'Camille Lambert',
      params: { resetId: '7c1f6d8e-0000-4000-8000-000000000010' },
    },
    {
      title: 'Demande d’un compte qui utilise la connexion forte',
      recipientName: 'Sophie Dubois',
      params: { strongLogin: true },
    },
  ],
};
