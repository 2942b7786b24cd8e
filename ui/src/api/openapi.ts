/**
 * Generated from the API's OpenAPI document (GET /api/openapi.json) by
 * scripts/generate-ui-types.ts: do not edit. After changing a route's schemas, run
 *
 *   npm run generate:ui-types
 *
 * `npm run check:ui-types` (part of `npm run lint`) fails when this file is out of date.
 * The UI imports the named aliases of ui/src/api/types.ts, not this file.
 */

export interface paths {
  '/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** La personne connectée */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Connecté */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: components['schemas']['User'];
              csrfToken: string;
              account: {
                /** @enum {string} */
                loginMethod: 'strong' | 'password';
              };
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Se déconnecter */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Déconnecté */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Se connecter avec un mot de passe (comptes non convertis) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            email: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Connecté */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: components['schemas']['User'];
              csrfToken: string;
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Identifiants refusés (message générique) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Trop de tentatives depuis cette adresse */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mot de passe oublié : recevoir un lien par e-mail */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['PasswordResetRequest'];
        };
      };
      responses: {
        /** @description Toujours la même réponse, que l’adresse ait un compte ou non et qu’une limite soit atteinte ou non */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              message: string;
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/password-reset/check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mot de passe oublié : vérifier qu’un lien est encore valable */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            token: string;
          };
        };
      };
      responses: {
        /** @description Le lien est valable */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              valid: true;
              expiresAt: string;
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Lien déjà utilisé, expiré ou inconnu (RESET_LINK_INVALID) */
        410: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/password-reset/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mot de passe oublié : choisir le nouveau mot de passe */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['PasswordResetConfirmation'];
        };
      };
      responses: {
        /** @description Mot de passe modifié ; toutes les sessions de la personne sont fermées */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              message: string;
              next: string;
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Lien déjà utilisé, expiré ou inconnu (RESET_LINK_INVALID) */
        410: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/conversion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Convertir mon utilisateur (connexion forte) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ConversionInput'];
        };
      };
      responses: {
        /** @description Converti ; toutes les sessions sont fermées */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              message: string;
              next: string;
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Le compte utilise déjà la connexion forte */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/home': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Page d’accueil de l’accueillant·e */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Accueil */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              provider: {
                id: string;
                displayName: string;
                subregion: {
                  code: string;
                  name: string;
                };
                city: string;
              };
              badges: {
                code: string;
                label: string;
              }[];
              openCessationRiskCase: components['schemas']['CaseSummary'] | null;
              lastClosedCessationRiskCase: components['schemas']['CaseSummary'] | null;
              notifications: components['schemas']['Notification'][];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mes demandes */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Demandes */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              cases: components['schemas']['CaseSummary'][];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cessation-risk-reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Signaler un risque de cessation d’activité */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CessationRiskReport'];
        };
      };
      responses: {
        /** @description Même demande reçue une seconde fois : le signalement existant */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              case: components['schemas']['CaseSummary'];
              message: string;
            };
          };
        };
        /** @description Signalement enregistré */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              case: components['schemas']['CaseSummary'];
              message: string;
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tâches de mon équipe */
    get: {
      parameters: {
        query?: {
          view?: 'todo' | 'available' | 'mine' | 'all';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Tâches */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              tasks: components['schemas']['Task'][];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks/counts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Combien de tâches dans chaque vue (les onglets de « Tâches ») */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Nombre de tâches par vue */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['TaskCounts'];
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Une tâche et son dossier */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Tâche */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              task: components['schemas']['Task'];
              case: components['schemas']['CaseSummary'];
              /** @description La demande de la personne en entier (une question à l’équipe ACTE, au helpdesk), dont le résumé du dossier ne donne que le début */
              question: string | null;
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks/{id}/claim': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Prendre une tâche en charge */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Tâche attribuée */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              task: components['schemas']['Task'];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks/{id}/release': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Libérer une tâche */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Tâche remise en attente */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              task: components['schemas']['Task'];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks/{id}/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Enregistrer le résultat d’une tâche */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CompleteTask'];
        };
      };
      responses: {
        /** @description Tâche terminée */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              task: components['schemas']['Task'];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks/{id}/candidates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Personnes à qui la tâche peut être attribuée */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Personnes */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              people: {
                id: string;
                displayName: string;
              }[];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks/{id}/assign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Réattribuer une tâche (coordination) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            assigneeId: string;
          };
        };
      };
      responses: {
        /** @description Tâche réattribuée */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              task: components['schemas']['Task'];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Dossiers */
    get: {
      parameters: {
        query?: {
          procedure?:
            | 'cessation_risk'
            | 'adaptation'
            | 'bilan'
            | 'rib'
            | 'photo'
            | 'acte'
            | 'acte_question'
            | 'helpdesk';
          status?: 'open' | 'closed';
          providerId?: string;
          overdue?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Dossiers */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              cases: components['schemas']['CaseSummary'][];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Un dossier, ses tâches et son historique */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Dossier */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CaseDetail'];
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bilans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Bilans de fonctionnement */
    get: {
      parameters: {
        query?: {
          campaignId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Bilans */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bilans: components['schemas']['BilanSummary'][];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bilans/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Un bilan : ses volets, son plan d’action, les commentaires de l’agent conseil */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Bilan */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bilan: components['schemas']['Bilan'];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bilans/{id}/volet1/{category}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Enregistrer l’auto-évaluation d’une catégorie du volet 1 (brouillon) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          category:
            | 'cadre_reglementaire'
            | 'infrastructure'
            | 'alimentation'
            | 'hygiene'
            | 'environnement'
            | 'eveil_culturel'
            | 'acte';
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['BilanAssessment'];
        };
      };
      responses: {
        /** @description Brouillon enregistré */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bilan: components['schemas']['Bilan'];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bilans/{id}/volet1/share': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Donner accès à l’ONE au volet 1 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Accès donné */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bilan: components['schemas']['Bilan'];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bilans/{id}/objectives': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Créer un objectif général (volet 2) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['BilanObjective'];
        };
      };
      responses: {
        /** @description Objectif créé */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bilan: components['schemas']['Bilan'];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bilans/{id}/objectives/{objectiveId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Modifier un objectif général */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          objectiveId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['BilanObjective'];
        };
      };
      responses: {
        /** @description Objectif modifié */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bilan: components['schemas']['Bilan'];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    /** Supprimer un objectif général */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          objectiveId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Objectif supprimé */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bilan: components['schemas']['Bilan'];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bilans/{id}/volet2/share': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Donner accès à l’ONE au volet 2 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Accès donné */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bilan: components['schemas']['Bilan'];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bilans/{id}/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Déposer un document de travail (privé : jamais visible des agents ONE) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['BilanDocumentUpload'];
        };
      };
      responses: {
        /** @description Document déposé */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bilan: components['schemas']['Bilan'];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bilans/{id}/documents/{documentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Télécharger un document de travail (accueillant·e uniquement) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          documentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Le fichier */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Supprimer un document de travail */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          documentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Document supprimé */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bilan: components['schemas']['Bilan'];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bilans/{id}/actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ajouter une action au plan d’action */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['BilanAction'];
        };
      };
      responses: {
        /** @description Action ajoutée */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bilan: components['schemas']['Bilan'];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bilans/{id}/actions/{actionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Modifier une action du plan d’action */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          actionId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['BilanAction'];
        };
      };
      responses: {
        /** @description Action modifiée */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bilan: components['schemas']['Bilan'];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    /** Supprimer une action du plan d’action */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          actionId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Action supprimée */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bilan: components['schemas']['Bilan'];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bilans/{id}/plan/send': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Envoyer le plan d’action à l’ONE */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Plan d’action envoyé */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bilan: components['schemas']['Bilan'];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bilans/{id}/extend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Prolonger le délai d’envoi du plan d’action (agent conseil) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['BilanExtension'];
        };
      };
      responses: {
        /** @description Délai prolongé */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bilan: components['schemas']['Bilan'];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/campaigns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Campagnes de bilans de fonctionnement */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Campagnes */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              campaigns: components['schemas']['Campaign'][];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Ouvrir une campagne : un bilan pour chaque accueillant·e du périmètre */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CampaignInput'];
        };
      };
      responses: {
        /** @description Campagne ouverte */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              campaign: components['schemas']['Campaign'];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/campaigns/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Une campagne et sa progression */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Campagne */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              campaign: components['schemas']['Campaign'];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/campaigns/{id}/open': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Relancer l’ouverture : ouvre les bilans manquants, sans doublon */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Ouverture relancée */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              campaign: components['schemas']['Campaign'];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/providers/{id}/signaletique': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Signalétique complète d’un·e accueillant·e */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Signalétique */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Signaletique'];
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Soumettre sa signalétique (toutes les sections ; rien n’est enregistré si une information manque) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['SignaletiqueInput'];
        };
      };
      responses: {
        /** @description Signalétique enregistrée */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Signaletique'];
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/preferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mes préférences : recevoir le Flash accueil */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Préférences */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string|null} */
              flashAccueil: 'email' | 'post' | 'both' | null;
              label: string | null;
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Mes préférences : choisir comment recevoir le Flash accueil */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['PreferencesInput'];
        };
      };
      responses: {
        /** @description Préférences enregistrées */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string|null} */
              flashAccueil: 'email' | 'post' | 'both' | null;
              label: string | null;
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/providers/{id}/rib': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Envoyer de nouvelles coordonnées bancaires avec le relevé (RIB) : un agent les valide */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RibSubmission'];
        };
      };
      responses: {
        /** @description Envoyées : en attente de validation */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Signaletique'];
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/providers/{id}/photos': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ajouter une photo du lieu d’accueil : visible sur MY.ONE après validation par l’agent conseil */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['PhotoUpload'];
        };
      };
      responses: {
        /** @description Photo en attente de validation */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Signaletique'];
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/providers/{id}/photos/{photoId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Retirer une photo (immédiat, sur MY.ONE aussi) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          photoId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Photo retirée */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Signaletique'];
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/providers/{id}/project': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Déposer le projet pédagogique (PDF) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ProjectUpload'];
        };
      };
      responses: {
        /** @description Projet pédagogique enregistré */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Signaletique'];
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/validations/{caseId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** La demande à valider (coordonnées bancaires ou photo), à côté des données en vigueur */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          caseId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Demande */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ValidationSubmission'];
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/files/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Un document (relevé bancaire, photo, projet pédagogique), pour qui peut le voir */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Le fichier */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/public/places': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** MY.ONE : rechercher un lieu d’accueil (public) */
    get: {
      parameters: {
        query?: {
          q?: string;
          availability?: 'immediate' | 'from_date' | 'unknown';
          day?: 'lundi' | 'mardi' | 'mercredi' | 'jeudi' | 'vendredi' | 'samedi' | 'dimanche';
          at?: string;
          capacityMin?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Lieux d’accueil */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              places: components['schemas']['MyOnePlace'][];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/public/photos/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** MY.ONE : une photo validée d’un lieu d’accueil visible (public) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description La photo */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/providers/{id}/acte': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** ACTE : éligibilité, charte, subside de l’année, plan d’action écologique */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description ACTE */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acte: components['schemas']['Acte'];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/providers/{id}/acte/charter': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Signer la charte ACTE (« Je m’engage ») ; signer une seconde fois ne change rien */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ActeCharter'];
        };
      };
      responses: {
        /** @description Charte signée */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acte: components['schemas']['Acte'];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/providers/{id}/acte/plan': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Enregistrer le brouillon du plan d’action écologique de l’année */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ActePlanDraft'];
        };
      };
      responses: {
        /** @description Brouillon enregistré */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acte: components['schemas']['Acte'];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/providers/{id}/acte/plan/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Envoyer le plan d’action écologique à l’équipe ACTE */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ActePlanSubmit'];
        };
      };
      responses: {
        /** @description Plan envoyé */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acte: components['schemas']['Acte'];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/providers/{id}/acte/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Faire le point sur le plan d’action de l’an dernier */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ActePlanReview'];
        };
      };
      responses: {
        /** @description Point envoyé */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acte: components['schemas']['Acte'];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/providers/{id}/acte/questions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Poser une question à l’équipe ACTE */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ActeQuestion'];
        };
      };
      responses: {
        /** @description Question envoyée */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              question: {
                caseId: string;
                question: string;
              };
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/acte/document': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Le document explicatif ACTE (PDF), pour tout le monde */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Le PDF */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/providers/{id}/subsidies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mes subsides : subsides versés et à venir */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Subsides */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              subsidies: {
                payments: components['schemas']['SubsidyPayment'][];
                totalPaidCents: number;
                bankDetails: {
                  /** @enum {string} */
                  status: 'approved' | 'pending' | 'missing';
                  ibanEnd: string | null;
                };
              };
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Subsides à verser, en attente, et lots de paiements libérés */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Paiements */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Les 200 plus urgents */
              ready: (components['schemas']['SubsidyPayment'] & {
                provider: {
                  id: string;
                  displayName: string;
                };
              })[];
              /** @description Les 200 plus urgents */
              waiting: (components['schemas']['SubsidyPayment'] & {
                provider: {
                  id: string;
                  displayName: string;
                };
              })[];
              totals: {
                ready: components['schemas']['PaymentTotal'];
                waiting: components['schemas']['PaymentTotal'];
              };
              batches: components['schemas']['PaymentBatch'][];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/payment-batches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Libérer un lot de paiements : un virement SEPA par subside prêt */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['PaymentBatchRelease'];
        };
      };
      responses: {
        /** @description Lot libéré */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batch: components['schemas']['PaymentBatch'];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/payment-batches/{id}/file': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Le fichier de virements SEPA (pain.001) d’un lot, pour la banque */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Le fichier XML */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/providers/{id}/authorisation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mon autorisation : statut, date, lieu, capacité, historique, décisions et demandes */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Autorisation */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              authorisation: components['schemas']['Authorisation'];
              requests: components['schemas']['Adaptation'][];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/providers/{id}/adaptations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Demander une adaptation de l’autorisation (fin d’activité, cessation temporaire) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['AdaptationRequest'];
        };
      };
      responses: {
        /** @description Demande enregistrée */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adaptation: components['schemas']['Adaptation'];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/adaptations/{caseId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Une demande d’adaptation de l’autorisation */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          caseId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Demande */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adaptation: components['schemas']['Adaptation'];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/adaptations/{caseId}/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Répondre aux questions du ou de la référent·e accueil */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          caseId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['AdaptationAnswer'];
        };
      };
      responses: {
        /** @description Réponse envoyée */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adaptation: components['schemas']['Adaptation'];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/adaptations/{caseId}/cut-short': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reprendre l’accueil plus tôt que prévu (écourter une cessation temporaire acceptée) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          caseId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['AdaptationCutShort'];
        };
      };
      responses: {
        /** @description Reprise enregistrée */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adaptation: components['schemas']['Adaptation'];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/decision-documents/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Une lettre de décision (PDF), pour l’accueillant·e et les agents qui peuvent la voir */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Le PDF */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/providers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Accueillant·e·s de mon périmètre */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Accueillant·e·s */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              providers: {
                id: string;
                displayName: string;
                subregion: {
                  code: string;
                  name: string;
                };
              }[];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mes notifications */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Notifications */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              notifications: components['schemas']['Notification'][];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/providers/{id}/identification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Signalétique : identification d’un·e accueillant·e */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Identification */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Identification'];
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Signalétique : modifier son adresse e-mail ou son GSM */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            email?: string;
            mobile?: string;
          };
        };
      };
      responses: {
        /** @description Identification à jour */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Identification'];
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/providers/{id}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Historique des consultations et modifications des données d’un·e accueillant·e */
    get: {
      parameters: {
        query?: {
          limit?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Événements, les plus récents d’abord */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              events: components['schemas']['AuditEntry'][];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Consultations et modifications des données de l’accueillant·e d’un dossier */
    get: {
      parameters: {
        query?: {
          limit?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Événements, les plus récents d’abord */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              events: components['schemas']['AuditEntry'][];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Contacts ONE de l’accueillant·e et helpdesk */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Contacts ONE */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ContactsOne'];
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/mail-preferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mes préférences : comment je suis averti·e de mes tâches par e-mail */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Préférences */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MailPreferences'];
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Mes préférences : choisir « immédiatement » ou « résumé quotidien » */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['MailPreferencesInput'];
        };
      };
      responses: {
        /** @description Préférences enregistrées */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MailPreferences'];
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/mails/undeliverable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** E-mails non remis : les messages qui n’ont pas pu être envoyés dans le délai */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Messages non remis */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              mails: components['schemas']['UndeliverableMail'][];
              total: number;
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/mails/{id}/resend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Renvoyer un e-mail non remis */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Message renvoyé */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['UndeliverableMail'];
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/flash-issues': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Les numéros du Flash accueil (la coordination : tous ; une accueillante : ceux envoyés) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Numéros */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              issues: components['schemas']['FlashIssue'][];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Écrire un numéro du Flash accueil (un brouillon, modifiable jusqu’à son envoi) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['FlashIssueInput'];
        };
      };
      responses: {
        /** @description Brouillon enregistré */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              issue: components['schemas']['FlashIssue'];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/flash-issues/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Un numéro du Flash accueil (et, pour la coordination, la progression de son envoi) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Numéro */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              issue: components['schemas']['FlashIssue'];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Modifier un brouillon du Flash accueil */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['FlashIssueInput'];
        };
      };
      responses: {
        /** @description Brouillon modifié */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              issue: components['schemas']['FlashIssue'];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/flash-issues/{id}/pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Le PDF d’un numéro du Flash accueil */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Le PDF */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Joindre un PDF à un brouillon du Flash accueil (il remplace le précédent) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            pdf: components['schemas']['FileUpload'];
          };
        };
      };
      responses: {
        /** @description PDF joint */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              issue: components['schemas']['FlashIssue'];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    /** Retirer le PDF d’un brouillon du Flash accueil */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description PDF retiré */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              issue: components['schemas']['FlashIssue'];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/flash-issues/{id}/send': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Envoyer un numéro du Flash accueil : un e-mail à chaque accueillant·e qui l’a choisi (une seule fois, même si on appuie deux fois) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Déjà envoyé (ou en cours d’envoi) : rien n’est envoyé une seconde fois */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              issue: components['schemas']['FlashIssue'];
              /** @enum {boolean} */
              started: false;
              message: string;
            };
          };
        };
        /** @description Envoi commencé */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              issue: components['schemas']['FlashIssue'];
              /** @enum {boolean} */
              started: true;
              message: string;
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/flash-issues/{id}/postal-list': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** La liste des adresses postales (CSV pour Excel) des accueillant·e·s qui reçoivent le Flash accueil par courrier */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Le fichier CSV (UTF-8 avec BOM, séparateur « ; ») */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/flash-issues/{id}/postal-labels': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Les étiquettes d’adresses (PDF, A4, 3 × 8) des accueillant·e·s qui reçoivent le Flash accueil par courrier */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Le fichier PDF */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/helpdesk/info': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Aide : coordonnées du helpdesk, questions fréquentes, sujets du formulaire */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Aide */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HelpdeskInfo'];
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/helpdesk/requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mes demandes d’aide */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Demandes */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              cases: components['schemas']['CaseSummary'][];
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Envoyer une demande au helpdesk (connecté·e ou non) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['HelpdeskRequest'];
        };
      };
      responses: {
        /** @description Même demande reçue une seconde fois */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              case: components['schemas']['CaseSummary'] | null;
              message: string;
            };
          };
        };
        /** @description Demande enregistrée */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              case: components['schemas']['CaseSummary'] | null;
              message: string;
            };
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Trop de demandes en peu de temps */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/helpdesk/requests/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Une demande d’aide, ses échanges et, pour le helpdesk, le contexte de la personne */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Demande */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HelpdeskRequestView'];
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/helpdesk/requests/{id}/attachments/{attachmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Une pièce jointe d’une demande d’aide */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          attachmentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Le fichier */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/helpdesk/requests/{id}/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Répondre au helpdesk, rouvrir une demande ou dire que la réponse a aidé */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            action: 'reply' | 'reopen' | 'helped';
            body?: string;
          };
        };
      };
      responses: {
        /** @description Message reçu */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HelpdeskRequestView'];
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/helpdesk/follow-up': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Lire sa demande d’aide sans compte (lien reçu par e-mail) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            token: string;
          };
        };
      };
      responses: {
        /** @description Demande */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HelpdeskRequestView'];
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/helpdesk/follow-up/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Répondre au helpdesk sans compte (lien reçu par e-mail) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            token: string;
            /** @enum {string} */
            action: 'reply' | 'reopen' | 'helped';
            body?: string;
          };
        };
      };
      responses: {
        /** @description Message reçu */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HelpdeskRequestView'];
          };
        };
        /** @description Données invalides */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Non connecté */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Accès refusé */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Introuvable */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflit avec l’état du dossier */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Service momentanément indisponible */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Error: {
      error: {
        /** @example VALIDATION_FAILED */
        code: string;
        /** @example Certaines informations sont manquantes ou incorrectes. */
        message: string;
        details?: {
          path: string;
          message: string;
        }[];
      };
    };
    Outcome: {
      decision: string;
      decisionLabel: string;
      amountEur: number | null;
      comment: string | null;
    };
    CaseSummary: {
      id: string;
      procedure: string;
      procedureLabel: string;
      provider: {
        id: string;
        displayName: string;
        subregion: {
          code: string;
          name: string;
        };
      } | null;
      concerns: components['schemas']['Concerns'];
      /** @enum {string} */
      status: 'open' | 'closed';
      statusLabel: string;
      openedAt: string;
      closedAt: string | null;
      summary: string;
      details: {
        period: string;
        periodLabel: string;
        reason: string;
        reasonLabel: string;
        reasonOther: string | null;
      } | null;
      outcome: components['schemas']['Outcome'] | null;
      overdue: boolean;
      waitingFor: string | null;
      atRisk: string | null;
      documents: {
        id: string;
        label: string;
        url: string;
      }[];
    };
    Concerns: {
      displayName: string;
      detail: string | null;
    };
    ActePlanReviewContent: {
      actions: {
        [key: string]: 'done' | 'in_progress' | 'not_started';
      };
      comment: string | null;
    };
    SubsidyPayment: {
      id: string;
      scheme: string;
      label: string;
      year: number;
      places: number;
      amountCents: number;
      /** @enum {string} */
      status: 'waiting_bank_details' | 'ready' | 'released';
      statusLabel: string;
      dueAt: string;
      paidOn: string | null;
      overdue: boolean;
    };
    User: {
      id: string;
      displayName: string;
      roles: string[];
      roleLabels: string[];
      providerId: string | null;
      subregion: {
        code: string;
        name: string;
      } | null;
      /** @enum {string} */
      loginMethod: 'strong' | 'password';
    };
    PasswordResetRequest: {
      /** Format: email */
      email: string;
    };
    PasswordResetConfirmation: {
      token: string;
      password: string;
    };
    ConversionInput: {
      firstName: string;
      lastName: string;
      /** Format: email */
      email: string;
      niss: string;
      /** @enum {boolean} */
      consent: true;
    };
    Notification: {
      id: string;
      createdAt: string;
      message: string;
      caseId: string | null;
    };
    CessationRiskReport: {
      /** @enum {string} */
      period: 'short_term' | 'medium_term';
      /** @enum {string} */
      reason: 'financial' | 'premises_unavailable' | 'other';
      reasonOther?: string | null;
    };
    Task: {
      id: string;
      caseId: string;
      bilanId: string | null;
      kind: string;
      title: string;
      candidateRole: string;
      candidateRoleLabel: string;
      assignee: {
        id: string;
        displayName: string;
      } | null;
      /** @enum {string} */
      status: 'open' | 'completed' | 'cancelled';
      statusLabel: string;
      dueAt: string;
      createdAt: string;
      completedAt: string | null;
      overdue: boolean;
      escalatedAt: string | null;
      provider: {
        id: string;
        displayName: string;
        subregion: {
          code: string;
          name: string;
        };
      } | null;
      concerns: components['schemas']['Concerns'];
      outcome: components['schemas']['Outcome'] | null;
    };
    TaskCounts: {
      todo: number;
      available: number;
      mine: number;
      all: number;
    };
    CompleteTask: {
      outcome: components['schemas']['TaskOutcome'];
    };
    /** @description Le résultat, selon le type de tâche */
    TaskOutcome:
      | {
          /** @enum {string} */
          decision: 'financial_support' | 'no_support' | 'closed';
          amountEur?: number | null;
          comment?: string | null;
        }
      | {
          /** @enum {string} */
          decision: 'accepted' | 'refused' | 'more_info';
          comment?: string | null;
        }
      | {
          comment?: string | null;
        }
      | {
          comment?: string | null;
        }
      | {
          comment?: string | null;
        }
      | {
          comment?: string | null;
        }
      | {
          /** @enum {string} */
          decision: 'approved' | 'rejected';
          comment?: string | null;
          /** Format: uuid */
          subjectId: string;
        }
      | {
          /** @enum {string} */
          decision: 'approved' | 'rejected';
          comment?: string | null;
          /** Format: uuid */
          subjectId: string;
        }
      | {
          /** @enum {string} */
          decision: 'validated' | 'changes_requested';
          comment?: string | null;
        }
      | {
          /** @enum {string} */
          decision?: 'answered';
          comment?: string | null;
        }
      | {
          /** @enum {string} */
          decision: 'answer' | 'ask_details' | 'forward';
          comment?: string | null;
        }
      | {
          /** @enum {string} */
          decision?: 'technical_answer';
          comment?: string | null;
        };
    CaseDetail: {
      case: components['schemas']['CaseSummary'];
      tasks: components['schemas']['Task'][];
      timeline: components['schemas']['TimelineEntry'][];
      temporal: {
        workflowId: string;
        runId: string;
        url: string;
      };
    };
    TimelineEntry: {
      at: string;
      /** @enum {string} */
      kind:
        | 'case_opened'
        | 'notification_sent'
        | 'task_opened'
        | 'task_claimed'
        | 'task_released'
        | 'task_reassigned'
        | 'task_completed'
        | 'deadline_passed'
        | 'case_closed'
        | 'case_interrupted'
        | 'bilan_started'
        | 'volet_shared'
        | 'plan_sent'
        | 'deadline_extended'
        | 'reminder_sent'
        | 'task_cancelled'
        | 'information_provided'
        | 'document_issued'
        | 'authorisation_changed'
        | 'payment_scheduled'
        | 'payment_released'
        | 'year_started';
      title: string;
      detail: string | null;
      actor: {
        id: string;
        displayName: string;
      } | null;
      /** @enum {string} */
      tone: 'info' | 'warning' | 'success';
    };
    BilanSummary: {
      id: string;
      campaign: {
        id: string;
        title: string;
      };
      provider: {
        id: string;
        displayName: string;
        subregion: {
          code: string;
          name: string;
        };
      };
      /** @enum {string} */
      stage: 'upcoming' | 'in_progress' | 'plan_sent' | 'closed';
      stageLabel: string;
      startsAt: string;
      deadline: string;
      deadlineExtended: boolean;
      overdue: boolean;
      volet1SharedAt: string | null;
      volet2SharedAt: string | null;
      planSentAt: string | null;
      closedAt: string | null;
    };
    Bilan: components['schemas']['BilanSummary'] & {
      can: {
        edit: boolean;
        shareVolet1: boolean;
        shareVolet2: boolean;
        sendPlan: boolean;
        extend: boolean;
        readDocuments: boolean;
      };
      volet1: {
        categories: {
          /** @enum {string} */
          code:
            | 'cadre_reglementaire'
            | 'infrastructure'
            | 'alimentation'
            | 'hygiene'
            | 'environnement'
            | 'eveil_culturel'
            | 'acte';
          label: string;
          /** @enum {string|null} */
          rating: 'satisfaisant' | 'a_ameliorer' | 'insatisfaisant' | null;
          ratingLabel: string | null;
          findings: string | null;
          updatedAt: string | null;
        }[];
      } | null;
      volet2: {
        objectives: {
          id: string;
          /** @enum {string} */
          theme: 'projet_accueil' | 'accessibilite';
          themeLabel: string;
          title: string;
          description: string;
          updatedAt: string;
        }[];
      } | null;
      documents:
        | {
            id: string;
            name: string;
            contentType: string;
            size: number;
            uploadedAt: string;
          }[]
        | null;
      plan: {
        actions: {
          id: string;
          objectiveId: string;
          objectiveTitle: string;
          description: string;
          responsible: string;
          dueDate: string;
          updatedAt: string;
        }[];
      } | null;
      reviews: {
        /** @enum {string} */
        subject: 'volet1' | 'volet2' | 'plan';
        subjectLabel: string;
        comment: string | null;
        by: {
          id: string;
          displayName: string;
        };
        at: string;
      }[];
      extensions: {
        from: string;
        to: string;
        reason: string;
        by: {
          id: string;
          displayName: string;
        };
        at: string;
      }[];
    };
    BilanAssessment: {
      /** @enum {string|null} */
      rating: 'satisfaisant' | 'a_ameliorer' | 'insatisfaisant' | null;
      findings: string | null;
    };
    BilanObjective: {
      /** @enum {string} */
      theme: 'projet_accueil' | 'accessibilite';
      title: string;
      /** @default  */
      description?: string;
    };
    BilanDocumentUpload: {
      name: string;
      contentType: string;
      contentBase64: string;
    };
    BilanAction: {
      /** Format: uuid */
      objectiveId: string;
      description: string;
      responsible: string;
      /** Format: date */
      dueDate: string;
    };
    BilanExtension: {
      /** Format: date */
      deadline: string;
      reason: string;
    };
    Campaign: {
      id: string;
      title: string;
      startsAt: string;
      deadline: string;
      subregion: {
        code: string;
        name: string;
      } | null;
      /** @enum {string} */
      status: 'opening' | 'open';
      statusLabel: string;
      providerCount: number;
      processedCount: number;
      createdBy: {
        id: string;
        displayName: string;
      };
      createdAt: string;
    };
    CampaignInput: {
      title: string;
      startsAt: string;
      deadline: string;
      /** @enum {string|null} */
      subregionCode?: 'brabant_wallon' | 'bruxelles' | 'hainaut' | 'liege' | 'luxembourg' | 'namur' | null;
    };
    Signaletique: {
      providerId: string;
      editable: boolean;
      auditVisible: boolean;
      submittedAt: string | null;
      identification: {
        firstName: string;
        lastName: string;
        niss: {
          value: string | null;
          masked: boolean;
        };
        bce: {
          value: string | null;
          masked: boolean;
        };
        email: string | null;
        mobile: string | null;
        website: string | null;
        facebook: string | null;
      };
      subregion: {
        code: string;
        name: string;
      };
      visibleOnMyOne: boolean;
      placeAddress: {
        street: string | null;
        number: string | null;
        box: string | null;
        postcode: string | null;
        city: string | null;
        country: string;
      };
      postalAddress: {
        [key: string]: unknown;
      } | null;
      emergencyMobile: string | null;
      coAccueil: {
        enabled: boolean;
        firstName: string | null;
        lastName: string | null;
        niss: {
          value: string | null;
          masked: boolean;
        } | null;
        name: string | null;
      } | null;
      openingHours: {
        [key: string]: unknown;
      } | null;
      availability: {
        status: string | null;
        label: string | null;
        fromDate: string | null;
      };
      unavailabilityPeriods: {
        from: string;
        to: string;
      }[];
      qualities: {
        [key: string]: boolean;
      } | null;
      groups: {
        [key: string]: number;
      } | null;
      capacity: number | null;
      bank: {
        inForce: {
          iban: {
            value: string | null;
            masked: boolean;
          };
          bic: string;
          holder: string;
          approvedAt: string | null;
        } | null;
        pending: {
          id: string;
          ibanLast4: string;
          submittedAt: string;
        } | null;
        lastRejected: {
          reason: string | null;
          decidedAt: string | null;
        } | null;
      };
      photos: {
        id: string;
        status: {
          code: string;
          label: string;
        };
        reason: string | null;
        url: string;
        uploadedAt: string;
      }[];
      project: {
        name: string;
        url: string;
        uploadedAt: string;
      } | null;
    };
    SignaletiqueInput: {
      identification: {
        email: string;
        mobile: string;
        bce: string;
        website?: (string | null) | '' | unknown;
        facebook?: (string | null) | '' | unknown;
      };
      visibleOnMyOne: boolean;
      placeAddress: {
        street: string;
        number: string;
        box?: string | null;
        postcode: string;
        city: string;
      };
      postalAddress: {
        sameAsPlace: boolean;
        street?: string | null;
        number?: string | null;
        box?: string | null;
        postcode?: string | null;
        city?: string | null;
      };
      emergencyMobile: string;
      coAccueil: {
        enabled: boolean;
        firstName?: string | null;
        lastName?: string | null;
        niss?: string | null;
        name?: string | null;
      };
      openingHours: {
        lundi: {
          closed: boolean;
          from?: string | null;
          to?: string | null;
        };
        mardi: {
          closed: boolean;
          from?: string | null;
          to?: string | null;
        };
        mercredi: {
          closed: boolean;
          from?: string | null;
          to?: string | null;
        };
        jeudi: {
          closed: boolean;
          from?: string | null;
          to?: string | null;
        };
        vendredi: {
          closed: boolean;
          from?: string | null;
          to?: string | null;
        };
        samedi: {
          closed: boolean;
          from?: string | null;
          to?: string | null;
        };
        dimanche: {
          closed: boolean;
          from?: string | null;
          to?: string | null;
        };
      };
      availability: {
        /** @enum {string} */
        status: 'immediate' | 'from_date' | 'unknown';
        /** Format: date */
        fromDate?: string | null;
      };
      unavailabilityPeriods: {
        /** Format: date */
        from: string;
        /** Format: date */
        to: string;
      }[];
      qualities: {
        outdoorActivities: boolean;
        outdoorSpace: boolean;
        separateRestSpace: boolean;
      };
      groups: {
        averageChildren: number;
        ageFromMonths: number;
        ageToMonths: number;
      };
    };
    PreferencesInput: {
      /** @enum {string} */
      flashAccueil: 'email' | 'post' | 'both';
    };
    RibSubmission: {
      iban: string;
      bic: string;
      holder: string;
      statement: components['schemas']['FileUpload'];
    };
    FileUpload: {
      name: string;
      contentBase64: string;
    };
    PhotoUpload: {
      photo: components['schemas']['FileUpload'];
    };
    ProjectUpload: {
      document: components['schemas']['FileUpload'];
    };
    ValidationSubmission: {
      caseId: string;
      /** @enum {string} */
      kind: 'rib' | 'photo';
      status: string;
      provider: {
        id: string;
        displayName: string;
      };
      subjectId: string;
      submittedAt: string;
      bankDetails: {
        iban: {
          value: string | null;
          masked: boolean;
        };
        bic: string;
        holder: string;
        statement: {
          url: string;
          contentType: string;
          name: string;
        };
        inForce: {
          iban: {
            value: string | null;
            masked: boolean;
          };
          bic: string;
          holder: string;
        } | null;
      } | null;
      photo: {
        url: string;
        contentType: string;
      } | null;
      decision: {
        status: string;
        reason: string | null;
      } | null;
    };
    MyOnePlace: {
      id: string;
      displayName: string;
      address: {
        street: string | null;
        number: string | null;
        postcode: string;
        city: string;
      };
      availability: {
        status: string | null;
        label: string | null;
        fromDate: string | null;
      };
      openingHours: {
        day: string;
        label: string;
        hours: string;
      }[];
      capacity: number | null;
      qualities: {
        outdoorActivities: boolean | null;
        outdoorSpace: boolean | null;
        separateRestSpace: boolean | null;
      };
      groups: {
        averageChildren: number;
        ageFromMonths: number;
        ageToMonths: number;
      } | null;
      website: string | null;
      facebook: string | null;
      photos: string[];
    };
    Acte: {
      provider: {
        id: string;
        displayName: string;
      };
      eligibility: {
        eligible: boolean;
        reason: string | null;
      };
      places: number | null;
      amountPerPlaceCents: number;
      expectedAmountCents: number | null;
      charter: {
        signedAt: string;
        signedBy: string;
      } | null;
      caseId: string | null;
      /** @enum {string|null} */
      caseStatus: 'open' | 'closed' | null;
      year: {
        number: number;
        label: string;
        start: string;
        end: string;
      } | null;
      payment: components['schemas']['SubsidyPayment'] | null;
      /** @enum {string} */
      bankDetails: 'approved' | 'pending' | 'missing';
      atRisk: string | null;
      escalated: boolean;
      plan: {
        year: number;
        /** @enum {string} */
        status: 'none' | 'draft' | 'submitted' | 'changes_requested' | 'validated';
        statusLabel: string;
        content: components['schemas']['ActePlan'];
        comment: string | null;
        submittedAt: string | null;
        decidedAt: string | null;
        editable: boolean;
      } | null;
      review: {
        year: number;
        plan: components['schemas']['ActePlan'];
        done: boolean;
        review: components['schemas']['ActePlanReviewContent'] | null;
      } | null;
      previousYears: {
        year: number;
        label: string;
        eligible: boolean;
        amountCents: number | null;
        paidOn: string | null;
        planStatus: string;
        planStatusLabel: string;
      }[];
      canSign: boolean;
      canAct: boolean;
    };
    ActePlan: {
      stateOfPlay: string;
      themes: ('alimentation' | 'eau' | 'cadre_de_vie' | 'dechets' | 'energie' | 'dynamique_sociale')[];
      diagnosis: {
        [key: string]: 'not_yet' | 'partly' | 'yes';
      };
      actions: string[];
    };
    ActeCharter: {
      /** @enum {boolean} */
      confirmed: true;
    };
    ActePlanDraft: {
      year: number;
      content: components['schemas']['ActePlan'];
    };
    ActePlanSubmit: {
      year: number;
    };
    ActePlanReview: {
      year: number;
      review: components['schemas']['ActePlanReviewContent'];
    };
    ActeQuestion: {
      question: string;
    };
    PaymentTotal: {
      count: number;
      totalCents: number;
    };
    PaymentBatch: {
      id: string;
      executionDate: string;
      count: number;
      totalCents: number;
      releasedAt: string;
      releasedBy: string;
      fileUrl: string;
    };
    PaymentBatchRelease: {
      /** Format: date */
      executionDate: string;
    };
    Authorisation: {
      providerId: string;
      provider: {
        id: string;
        displayName: string;
      };
      /** @enum {string} */
      status: 'granted' | 'suspended' | 'withdrawn';
      statusLabel: string;
      authorisedOn: string | null;
      place: string | null;
      capacity: number | null;
      history: {
        /** @enum {string} */
        status: 'granted' | 'suspended' | 'withdrawn';
        statusLabel: string;
        effectiveOn: string;
        at: string;
        caseId: string | null;
        note: string | null;
      }[];
      documents: {
        id: string;
        kind: string;
        label: string;
        url: string;
        createdAt: string;
        caseId: string | null;
      }[];
      canRequest: boolean;
    };
    Adaptation: {
      caseId: string;
      /** @enum {string} */
      status: 'open' | 'closed';
      /** @enum {string} */
      stage: 'review' | 'waiting_provider' | 'accepted' | 'in_effect' | 'refused' | 'done';
      stageLabel: string;
      /** @enum {string} */
      type: 'end_of_activity' | 'temporary_cessation';
      typeLabel: string;
      request: {
        /** @enum {string} */
        type: 'end_of_activity' | 'temporary_cessation';
        lastDay: string | null;
        from: string | null;
        to: string | null;
        reason: string | null;
      };
      summary: string;
      provider: {
        id: string;
        displayName: string;
      };
      openedAt: string;
      closedAt: string | null;
      question: string | null;
      exchanges: {
        at: string;
        /** @enum {string} */
        from: 'agent' | 'provider';
        author: string;
        text: string;
      }[];
      waitingFor: string | null;
      decision: {
        /** @enum {string} */
        decision: 'accepted' | 'refused' | 'more_info';
        label: string;
        comment: string | null;
        decidedAt: string;
      } | null;
      documents: {
        id: string;
        kind: string;
        label: string;
        url: string;
        createdAt: string;
        caseId: string | null;
      }[];
      canAnswer: boolean;
      canCutShort: boolean;
      resumedEarlyOn: string | null;
    };
    AdaptationRequest: {
      /** @enum {string} */
      type: 'end_of_activity' | 'temporary_cessation';
      /** Format: date */
      lastDay?: string | null;
      /** Format: date */
      from?: string | null;
      /** Format: date */
      to?: string | null;
      reason?: string | null;
    };
    AdaptationAnswer: {
      text: string;
    };
    AdaptationCutShort: {
      /** Format: date */
      resumeOn: string;
    };
    Identification: {
      providerId: string;
      firstName: string;
      lastName: string;
      subregion: {
        code: string;
        name: string;
      };
      niss: {
        /** @example 85.07.30-033.28 */
        value: string | null;
        /** @description Vrai si le numéro est masqué pour vous */
        masked: boolean;
      };
      bce: {
        value: string | null;
        masked: boolean;
      };
      email: string | null;
      mobile: string | null;
      editable: boolean;
      auditVisible: boolean;
    };
    AuditEntry: {
      id: string;
      at: string;
      /** @enum {string} */
      action: 'read' | 'change' | 'denied';
      actionLabel: string;
      actor: {
        /** @description Seulement pour la coordination */
        id: string | null;
        name: string;
        roleLabels: string[];
        isYou: boolean;
      };
      loginMethod: string | null;
      loginMethodLabel: string | null;
      fields: string[];
      fieldLabels: string[];
      description: string;
      changes: {
        [key: string]: {
          old?: unknown;
          new?: unknown;
        };
      } | null;
      reason: string | null;
      requestId: string | null;
      caseId: string | null;
    };
    ContactsOne: {
      contacts: {
        role: string;
        roleLabel: string;
        name: string;
        email: string | null;
        phone: string | null;
      }[];
      helpdesk: {
        name: string;
        phone: string;
        hours: string;
        email: string;
      };
    };
    MailPreferences: {
      /** @enum {string} */
      frequency: 'immediate' | 'daily';
      label: string;
      digestTime: string;
      options: {
        /** @enum {string} */
        value: 'immediate' | 'daily';
        label: string;
      }[];
    };
    MailPreferencesInput: {
      /** @enum {string} */
      frequency: 'immediate' | 'daily';
    };
    UndeliverableMail: {
      id: string;
      subject: string;
      toName: string;
      toAddress: string;
      caseId: string | null;
      attempts: number;
      lastError: string | null;
      createdAt: string;
      undeliverableAt: string | null;
      /** @enum {string} */
      status: 'pending' | 'sent' | 'undeliverable';
    };
    FlashIssue: {
      id: string;
      title: string;
      body: string;
      paragraphs: string[];
      /** @enum {string} */
      status: 'draft' | 'sending' | 'sent';
      statusLabel: string;
      pdf: {
        name: string;
        size: number;
        url: string;
      } | null;
      sentAt: string | null;
      coordination: {
        createdBy: {
          id: string;
          displayName: string;
        };
        createdAt: string;
        updatedAt: string;
        sentBy: {
          id: string;
          displayName: string;
        } | null;
        queuedAt: string | null;
        email: {
          recipients: number;
          processed: number;
        };
        post: {
          recipients: number;
          incomplete: number;
          csvUrl: string;
          labelsUrl: string;
        };
      } | null;
    };
    FlashIssueInput: {
      title: string;
      body: string;
    };
    HelpdeskInfo: {
      contact: {
        hours: string;
        phone: string;
        phoneHref: string;
        email: string;
      };
      faq: {
        question: string;
        answer: string;
      }[];
      subjects: {
        value: string;
        label: string;
      }[];
      maxAttachments: number;
      attachmentsMaxBytes: number;
    };
    HelpdeskRequest: {
      /** @enum {string} */
      subject: 'connexion' | 'find_information' | 'general_information' | 'technical';
      description: string;
      /** @default [] */
      attachments?: components['schemas']['FileUpload'][];
      name?: string;
      /** Format: email */
      email?: string;
    };
    HelpdeskRequestView: {
      case: components['schemas']['CaseSummary'];
      subject: string;
      subjectLabel: string;
      requester: {
        displayName: string;
        hasAccount: boolean;
      };
      attachments: {
        id: string;
        name: string;
        url: string | null;
      }[];
      thread: {
        at: string;
        /** @enum {string} */
        author: 'requester' | 'helpdesk' | 'support_technique';
        authorName: string;
        label: string;
        text: string | null;
        internal: boolean;
      }[];
      can: {
        reply: boolean;
        reopen: boolean;
        sayHelped: boolean;
      };
      reopenUntil: string | null;
      context: {
        email: string | null;
        roles: string[];
        subregion: string | null;
        provider: {
          id: string;
          displayName: string;
        } | null;
        openCases: {
          id: string;
          procedureLabel: string;
          statusLabel: string;
          openedAt: string;
        }[];
      } | null;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
