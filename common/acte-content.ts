/**
 * The content of ACTE, « accueil en transition écologique » (DOMAIN.md procedure 6; seed chapter
 * 14): the six axes, the self-diagnosis, the catalogue of actions, the FAQ, the charter and the
 * explanatory document, in the words the childminders read. Pure data, no imports: the API, the
 * interface and the PDF of the explanatory document share it. The texts keep to characters the
 * PDF's standard fonts can draw (no arrows, no subscripts).
 *
 * Ids are stable: a plan stores them. Add new entries with new ids; never renumber.
 */

export const ACTE_AXIS_IDS = [
  'alimentation',
  'eau',
  'cadre_de_vie',
  'dechets',
  'energie',
  'dynamique_sociale',
] as const;
export type ActeAxisId = (typeof ACTE_AXIS_IDS)[number];

export interface ActeAxis {
  id: ActeAxisId;
  label: string;
  /** One sentence, shown under the label. */
  description: string;
}

/** The six axes of sustainable development of the scheme, in the seed's order. */
export const ACTE_AXES: readonly ActeAxis[] = [
  {
    id: 'alimentation',
    label: 'Alimentation',
    description:
      'Proposer aux enfants une alimentation locale, équilibrée et de saison, soutenir l’allaitement maternel et limiter le gaspillage.',
  },
  {
    id: 'eau',
    label: 'Eau',
    description:
      'Préserver l’eau et sa qualité : boire l’eau du robinet, éviter le gaspillage et récupérer l’eau de pluie.',
  },
  {
    id: 'cadre_de_vie',
    label: 'Cadre de vie',
    description:
      'Offrir aux enfants un lieu d’accueil sain : un air intérieur de qualité, des produits et du matériel sans substances nocives, un contact quotidien avec la nature.',
  },
  {
    id: 'dechets',
    label: 'Gestion des déchets',
    description:
      'Réduire les déchets à la source, bien les trier et donner une seconde vie aux objets : langes lavables, compost, seconde main.',
  },
  {
    id: 'energie',
    label: 'Économies d’énergie',
    description:
      'Consommer moins d’énergie pour chauffer, éclairer et équiper votre lieu d’accueil, sans nuire au confort ni à la sécurité des enfants.',
  },
  {
    id: 'dynamique_sociale',
    label: 'Dynamique sociale',
    description:
      'Partager la démarche avec les enfants, les parents, les voisin·e·s et les partenaires de votre quartier pour la faire vivre ensemble.',
  },
];

// ---------------------------------------------------------------------------------------------
// Self-diagnosis

export type DiagnosisValue = 'not_yet' | 'partly' | 'yes';
export interface DiagnosisChoice {
  value: DiagnosisValue;
  label: string;
}
/** The one scale every diagnosis question is answered on. */
export const DIAGNOSIS_SCALE: readonly DiagnosisChoice[] = [
  { value: 'not_yet', label: 'Pas encore' },
  { value: 'partly', label: 'En partie' },
  { value: 'yes', label: 'Oui, c’est en place' },
];

export interface ActeDiagnosisQuestion {
  /** « alimentation.q1 » */
  id: string;
  /** A statement the childminder rates on DIAGNOSIS_SCALE. */
  text: string;
}

/** The self-diagnosis (« auto-diagnostic »): four to six questions per axis. */
export const ACTE_DIAGNOSIS: Readonly<Record<ActeAxisId, readonly ActeDiagnosisQuestion[]>> = {
  alimentation: [
    { id: 'alimentation.q1', text: 'Je propose des fruits et légumes de saison, produits localement' },
    {
      id: 'alimentation.q2',
      text: 'Je prépare moi-même la plupart des repas et des collations, à partir de produits frais',
    },
    {
      id: 'alimentation.q3',
      text: 'Les mamans peuvent allaiter chez moi pendant la journée et je conserve correctement le lait maternel',
    },
    {
      id: 'alimentation.q4',
      text: 'J’adapte les quantités à l’appétit des enfants pour limiter le gaspillage alimentaire',
    },
    {
      id: 'alimentation.q5',
      text: 'Je choisis des produits bio ou issus du commerce équitable quand c’est possible',
    },
  ],
  eau: [
    {
      id: 'eau.q1',
      text: 'Je propose l’eau du robinet comme boisson aux enfants plutôt que l’eau en bouteille',
    },
    {
      id: 'eau.q2',
      text: 'Mes robinets et mes toilettes sont équipés pour économiser l’eau (mousseurs, chasse d’eau double touche)',
    },
    {
      id: 'eau.q3',
      text: 'Je vérifie régulièrement qu’il n’y a pas de fuite (robinets, chasse d’eau, chauffe-eau)',
    },
    { id: 'eau.q4', text: 'Je récupère l’eau de pluie pour arroser le jardin ou le potager' },
    {
      id: 'eau.q5',
      text: 'Je dose correctement les produits de lessive et d’entretien pour moins polluer l’eau',
    },
  ],
  cadre_de_vie: [
    { id: 'cadre_de_vie.q1', text: 'J’aère les pièces d’accueil plusieurs fois par jour, même en hiver' },
    { id: 'cadre_de_vie.q2', text: 'J’utilise des produits d’entretien écolabellisés et sans parfum' },
    {
      id: 'cadre_de_vie.q3',
      text: 'Je n’utilise ni désodorisant, ni bougie parfumée, ni encens dans les pièces où sont les enfants',
    },
    {
      id: 'cadre_de_vie.q4',
      text: 'Je choisis des jouets, du mobilier et de la vaisselle sans substances nocives (bois brut, tissu naturel, verre, inox)',
    },
    {
      id: 'cadre_de_vie.q5',
      text: 'Les enfants passent du temps dehors chaque jour, quand la météo le permet',
    },
    { id: 'cadre_de_vie.q6', text: 'J’entretiens mon jardin sans pesticides ni engrais chimiques' },
  ],
  dechets: [
    { id: 'dechets.q1', text: 'J’utilise des langes lavables ou je les propose aux parents' },
    {
      id: 'dechets.q2',
      text: 'Je trie mes déchets (PMC, papiers-cartons, verre) selon les consignes de ma commune',
    },
    {
      id: 'dechets.q3',
      text: 'Je composte les déchets de cuisine et de jardin, ou je les dépose à la collecte des déchets organiques',
    },
    {
      id: 'dechets.q4',
      text: 'J’évite les produits jetables (lingettes, vaisselle, gobelets) et les emballages inutiles',
    },
    { id: 'dechets.q5', text: 'J’achète de seconde main et je fais réparer ce qui est abîmé' },
  ],
  energie: [
    {
      id: 'energie.q1',
      text: 'Mon chauffage est réglé par un thermostat programmable ou des vannes thermostatiques',
    },
    { id: 'energie.q2', text: 'Mon éclairage est équipé d’ampoules LED' },
    { id: 'energie.q3', text: 'J’éteins les appareils plutôt que de les laisser en veille' },
    {
      id: 'energie.q4',
      text: 'Je limite les pertes de chaleur de mon logement (isolation, fenêtres, portes, rideaux)',
    },
    { id: 'energie.q5', text: 'Je fais sécher le linge à l’air libre plutôt qu’au séchoir électrique' },
  ],
  dynamique_sociale: [
    {
      id: 'dynamique_sociale.q1',
      text: 'J’informe les parents de ma démarche de transition écologique et de mes actions',
    },
    {
      id: 'dynamique_sociale.q2',
      text: 'J’invite les parents à participer (matériel de récupération, recettes, idées)',
    },
    {
      id: 'dynamique_sociale.q3',
      text: 'Je propose aux enfants des activités d’éveil à la nature et à l’environnement',
    },
    {
      id: 'dynamique_sociale.q4',
      text: 'Je travaille avec des producteurs, des commerces ou des associations de mon quartier',
    },
    {
      id: 'dynamique_sociale.q5',
      text: 'J’échange des idées ou du matériel avec d’autres accueillant·e·s',
    },
    {
      id: 'dynamique_sociale.q6',
      text: 'Je me forme ou je m’informe sur la transition écologique',
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// Catalogue of actions

export interface ActeAction {
  /** « alimentation-01 »: the axis, then a number that never changes. */
  id: string;
  axis: ActeAxisId;
  /** A sub-theme of the axis, e.g. « Alimentation et allaitement ». */
  theme: string;
  /** What to do, as an imperative sentence. */
  title: string;
}

/** The catalogue the childminder picks actions from for the ecological action plan. */
export const ACTE_ACTIONS: readonly ActeAction[] = [
  // Alimentation
  {
    id: 'alimentation-01',
    axis: 'alimentation',
    theme: 'Alimentation et allaitement',
    title: 'Informez les parents des conditions de transport et de conservation du lait maternel',
  },
  {
    id: 'alimentation-02',
    axis: 'alimentation',
    theme: 'Alimentation et allaitement',
    title: 'Offrez aux mamans la possibilité d’allaiter sur place en cours de journée',
  },
  {
    id: 'alimentation-03',
    axis: 'alimentation',
    theme: 'Alimentation et allaitement',
    title: 'Soutenez activement l’allaitement maternel longue durée',
  },
  {
    id: 'alimentation-04',
    axis: 'alimentation',
    theme: 'Produits locaux et de saison',
    title: 'Proposez chaque jour des fruits et légumes de saison',
  },
  {
    id: 'alimentation-05',
    axis: 'alimentation',
    theme: 'Produits locaux et de saison',
    title: 'Approvisionnez-vous chez des producteurs locaux, au marché ou via un groupe d’achat solidaire',
  },
  {
    id: 'alimentation-06',
    axis: 'alimentation',
    theme: 'Produits locaux et de saison',
    title: 'Choisissez des produits bio ou issus du commerce équitable quand c’est possible',
  },
  {
    id: 'alimentation-07',
    axis: 'alimentation',
    theme: 'Repas et collations',
    title: 'Préparez vous-même les repas à partir de produits frais ou peu transformés',
  },
  {
    id: 'alimentation-08',
    axis: 'alimentation',
    theme: 'Repas et collations',
    title: 'Remplacez les biscuits industriels par des fruits ou des collations faites maison',
  },
  {
    id: 'alimentation-09',
    axis: 'alimentation',
    theme: 'Repas et collations',
    title: 'Proposez régulièrement des repas à base de légumineuses, adaptés à l’âge des enfants',
  },
  {
    id: 'alimentation-10',
    axis: 'alimentation',
    theme: 'Gaspillage alimentaire',
    title: 'Ajustez les portions à l’appétit des enfants pour limiter les restes',
  },
  {
    id: 'alimentation-11',
    axis: 'alimentation',
    theme: 'Gaspillage alimentaire',
    title: 'Conservez les plats non servis au frais pour les réutiliser, en respectant la chaîne du froid',
  },
  {
    id: 'alimentation-12',
    axis: 'alimentation',
    theme: 'Éveil au goût',
    title: 'Cultivez des herbes aromatiques ou quelques légumes avec les enfants et faites-les goûter',
  },

  // Eau
  {
    id: 'eau-01',
    axis: 'eau',
    theme: 'Eau de boisson',
    title: 'Proposez l’eau du robinet comme boisson aux enfants plutôt que l’eau en bouteille',
  },
  {
    id: 'eau-02',
    axis: 'eau',
    theme: 'Eau de boisson',
    title: 'Mettez une carafe ou une fontaine d’eau à portée des enfants, avec des gobelets lavables',
  },
  {
    id: 'eau-03',
    axis: 'eau',
    theme: 'Eau de boisson',
    title: 'Emportez des gourdes réutilisables lors des promenades et des sorties',
  },
  {
    id: 'eau-04',
    axis: 'eau',
    theme: 'Qualité de l’eau',
    title: 'Faites analyser l’eau du robinet si votre logement a d’anciennes canalisations',
  },
  {
    id: 'eau-05',
    axis: 'eau',
    theme: 'Qualité de l’eau',
    title: 'Dosez correctement la lessive et les produits d’entretien pour moins polluer l’eau',
  },
  {
    id: 'eau-06',
    axis: 'eau',
    theme: 'Économies d’eau',
    title: 'Installez des mousseurs sur vos robinets pour réduire le débit',
  },
  {
    id: 'eau-07',
    axis: 'eau',
    theme: 'Économies d’eau',
    title: 'Équipez vos toilettes d’une chasse d’eau double touche',
  },
  {
    id: 'eau-08',
    axis: 'eau',
    theme: 'Économies d’eau',
    title: 'Vérifiez chaque mois l’absence de fuites aux robinets, à la chasse d’eau et au chauffe-eau',
  },
  {
    id: 'eau-09',
    axis: 'eau',
    theme: 'Économies d’eau',
    title:
      'Faites tourner le lave-linge et le lave-vaisselle seulement quand ils sont pleins, en programme éco',
  },
  {
    id: 'eau-10',
    axis: 'eau',
    theme: 'Économies d’eau',
    title: 'Apprenez aux enfants à fermer le robinet pendant qu’ils se savonnent les mains',
  },
  {
    id: 'eau-11',
    axis: 'eau',
    theme: 'Eau de pluie',
    title: 'Installez un tonneau ou une citerne pour récupérer l’eau de pluie',
  },
  {
    id: 'eau-12',
    axis: 'eau',
    theme: 'Eau de pluie',
    title: 'Arrosez le jardin et le potager avec l’eau de pluie, tôt le matin ou le soir',
  },

  // Cadre de vie
  {
    id: 'cadre_de_vie-01',
    axis: 'cadre_de_vie',
    theme: 'Qualité de l’air intérieur',
    title: 'Aérez les pièces d’accueil plusieurs fois par jour en ouvrant grand les fenêtres 5 à 10 minutes',
  },
  {
    id: 'cadre_de_vie-02',
    axis: 'cadre_de_vie',
    theme: 'Qualité de l’air intérieur',
    title: 'Supprimez les désodorisants, bougies parfumées, encens et diffuseurs d’huiles essentielles',
  },
  {
    id: 'cadre_de_vie-03',
    axis: 'cadre_de_vie',
    theme: 'Qualité de l’air intérieur',
    title: 'Utilisez un détecteur de CO2 ou un hygromètre pour savoir quand aérer',
  },
  {
    id: 'cadre_de_vie-04',
    axis: 'cadre_de_vie',
    theme: 'Qualité de l’air intérieur',
    title: 'Laissez aérer plusieurs jours les nouveaux meubles, matelas et tapis avant de les installer',
  },
  {
    id: 'cadre_de_vie-05',
    axis: 'cadre_de_vie',
    theme: 'Produits d’entretien',
    title: 'Choisissez des produits d’entretien écolabellisés et sans parfum',
  },
  {
    id: 'cadre_de_vie-06',
    axis: 'cadre_de_vie',
    theme: 'Produits d’entretien',
    title: 'Limitez-vous à quelques produits d’entretien simples, sans jamais les mélanger',
  },
  {
    id: 'cadre_de_vie-07',
    axis: 'cadre_de_vie',
    theme: 'Produits d’entretien',
    title: 'Nettoyez avec des lavettes microfibres lavables plutôt qu’avec des lingettes jetables',
  },
  {
    id: 'cadre_de_vie-08',
    axis: 'cadre_de_vie',
    theme: 'Jouets et matériel',
    title: 'Privilégiez les jouets en bois brut ou en tissu naturel',
  },
  {
    id: 'cadre_de_vie-09',
    axis: 'cadre_de_vie',
    theme: 'Jouets et matériel',
    title:
      'Servez et réchauffez les repas dans de la vaisselle en verre, en inox ou en porcelaine plutôt qu’en plastique',
  },
  {
    id: 'cadre_de_vie-10',
    axis: 'cadre_de_vie',
    theme: 'Nature et jardin',
    title: 'Emmenez les enfants dehors chaque jour, au jardin ou en promenade, quand la météo le permet',
  },
  {
    id: 'cadre_de_vie-11',
    axis: 'cadre_de_vie',
    theme: 'Nature et jardin',
    title: 'Entretenez votre jardin sans pesticides ni engrais chimiques',
  },
  {
    id: 'cadre_de_vie-12',
    axis: 'cadre_de_vie',
    theme: 'Nature et jardin',
    title:
      'Aménagez un coin nature au jardin ou sur la terrasse : bac de plantation, hôtel à insectes, nichoir',
  },

  // Gestion des déchets
  {
    id: 'dechets-01',
    axis: 'dechets',
    theme: 'Langes',
    title: 'Proposez les langes lavables aux parents et montrez-leur comment les utiliser',
  },
  {
    id: 'dechets-02',
    axis: 'dechets',
    theme: 'Langes',
    title: 'Prévoyez un seau fermé et des sacs de lavage pour ranger les langes lavables utilisés',
  },
  {
    id: 'dechets-03',
    axis: 'dechets',
    theme: 'Langes',
    title:
      'Utilisez des gants de toilette lavables et de l’eau pour le change plutôt que des lingettes jetables',
  },
  {
    id: 'dechets-04',
    axis: 'dechets',
    theme: 'Tri et compost',
    title: 'Triez vos déchets (PMC, papiers-cartons, verre) selon les consignes de votre commune',
  },
  {
    id: 'dechets-05',
    axis: 'dechets',
    theme: 'Tri et compost',
    title: 'Installez un compost au jardin ou participez à un compost de quartier',
  },
  {
    id: 'dechets-06',
    axis: 'dechets',
    theme: 'Tri et compost',
    title: 'Faites participer les enfants au tri et au compost, selon leur âge',
  },
  {
    id: 'dechets-07',
    axis: 'dechets',
    theme: 'Moins de déchets',
    title: 'Achetez en vrac ou en grands conditionnements pour réduire les emballages',
  },
  {
    id: 'dechets-08',
    axis: 'dechets',
    theme: 'Moins de déchets',
    title: 'Remplacez la vaisselle, les gobelets et les essuie-tout jetables par des équivalents lavables',
  },
  {
    id: 'dechets-09',
    axis: 'dechets',
    theme: 'Moins de déchets',
    title: 'Faites vos courses avec des sacs et des boîtes réutilisables',
  },
  {
    id: 'dechets-10',
    axis: 'dechets',
    theme: 'Réemploi et réparation',
    title: 'Achetez les jouets, les vêtements de rechange et le matériel de puériculture en seconde main',
  },
  {
    id: 'dechets-11',
    axis: 'dechets',
    theme: 'Réemploi et réparation',
    title: 'Réparez ou faites réparer les jouets et objets abîmés, par exemple dans un Repair Café',
  },
  {
    id: 'dechets-12',
    axis: 'dechets',
    theme: 'Réemploi et réparation',
    title:
      'Utilisez des matériaux de récupération sûrs (cartons, rouleaux, tissus) pour les activités créatives',
  },

  // Économies d'énergie
  {
    id: 'energie-01',
    axis: 'energie',
    theme: 'Chauffage',
    title: 'Installez un thermostat programmable pour baisser le chauffage la nuit et pendant vos absences',
  },
  {
    id: 'energie-02',
    axis: 'energie',
    theme: 'Chauffage',
    title: 'Équipez vos radiateurs de vannes thermostatiques',
  },
  {
    id: 'energie-03',
    axis: 'energie',
    theme: 'Chauffage',
    title:
      'Chauffez juste ce qu’il faut : environ 20 °C dans les pièces de jeu, 18 à 20 °C dans la pièce de repos',
  },
  {
    id: 'energie-04',
    axis: 'energie',
    theme: 'Chauffage',
    title: 'Faites entretenir régulièrement votre chaudière par un professionnel',
  },
  {
    id: 'energie-05',
    axis: 'energie',
    theme: 'Éclairage',
    title: 'Remplacez vos ampoules par des ampoules LED',
  },
  {
    id: 'energie-06',
    axis: 'energie',
    theme: 'Éclairage',
    title: 'Profitez au maximum de la lumière du jour et éteignez en quittant une pièce',
  },
  {
    id: 'energie-07',
    axis: 'energie',
    theme: 'Appareils et linge',
    title:
      'Branchez vos appareils sur des multiprises à interrupteur, hors de portée des enfants, pour éviter les veilles',
  },
  {
    id: 'energie-08',
    axis: 'energie',
    theme: 'Appareils et linge',
    title: 'Choisissez des appareils économes en énergie quand vous devez en remplacer un',
  },
  {
    id: 'energie-09',
    axis: 'energie',
    theme: 'Appareils et linge',
    title:
      'Lavez le linge à 30 ou 40 °C quand c’est possible, et gardez 60 °C pour les langes et le linge de change',
  },
  {
    id: 'energie-10',
    axis: 'energie',
    theme: 'Appareils et linge',
    title: 'Faites sécher le linge dehors ou dans une pièce bien aérée plutôt qu’au séchoir électrique',
  },
  {
    id: 'energie-11',
    axis: 'energie',
    theme: 'Isolation',
    title:
      'Limitez les pertes de chaleur avec des boudins de porte, des rideaux épais et des joints de fenêtre',
  },
  {
    id: 'energie-12',
    axis: 'energie',
    theme: 'Isolation',
    title: 'Renseignez-vous sur les primes régionales pour isoler votre logement ou produire votre énergie',
  },

  // Dynamique sociale
  {
    id: 'dynamique_sociale-01',
    axis: 'dynamique_sociale',
    theme: 'Avec les parents',
    title: 'Présentez votre démarche de transition écologique aux parents dès la visite d’inscription',
  },
  {
    id: 'dynamique_sociale-02',
    axis: 'dynamique_sociale',
    theme: 'Avec les parents',
    title: 'Partagez régulièrement vos actions avec les parents : affiche, cahier de communication, message',
  },
  {
    id: 'dynamique_sociale-03',
    axis: 'dynamique_sociale',
    theme: 'Avec les parents',
    title: 'Invitez les parents à apporter du matériel de récupération, des recettes de saison ou des idées',
  },
  {
    id: 'dynamique_sociale-04',
    axis: 'dynamique_sociale',
    theme: 'Avec les parents',
    title: 'Organisez entre parents un échange de vêtements et de matériel de puériculture',
  },
  {
    id: 'dynamique_sociale-05',
    axis: 'dynamique_sociale',
    theme: 'Avec les enfants',
    title: 'Proposez aux enfants des activités d’éveil à la nature : saisons, plantes, insectes, oiseaux',
  },
  {
    id: 'dynamique_sociale-06',
    axis: 'dynamique_sociale',
    theme: 'Avec les enfants',
    title: 'Lisez aux enfants des livres sur la nature et le respect de l’environnement',
  },
  {
    id: 'dynamique_sociale-07',
    axis: 'dynamique_sociale',
    theme: 'Dans le quartier',
    title: 'Emmenez les enfants au marché ou chez un producteur de votre quartier',
  },
  {
    id: 'dynamique_sociale-08',
    axis: 'dynamique_sociale',
    theme: 'Dans le quartier',
    title: 'Partagez un potager, un compost ou des outils avec vos voisin·e·s',
  },
  {
    id: 'dynamique_sociale-09',
    axis: 'dynamique_sociale',
    theme: 'Dans le quartier',
    title:
      'Faites appel aux commerces, associations et services de votre commune : bibliothèque, ressourcerie, potager collectif',
  },
  {
    id: 'dynamique_sociale-10',
    axis: 'dynamique_sociale',
    theme: 'Réseau et formation',
    title: 'Échangez idées et matériel avec d’autres accueillant·e·s de votre commune ou de votre réseau',
  },
  {
    id: 'dynamique_sociale-11',
    axis: 'dynamique_sociale',
    theme: 'Réseau et formation',
    title:
      'Suivez une formation ou une séance d’information sur la transition écologique dans l’accueil de la petite enfance',
  },
  {
    id: 'dynamique_sociale-12',
    axis: 'dynamique_sociale',
    theme: 'Réseau et formation',
    title: 'Participez aux séances en vidéoconférence proposées par l’équipe ACTE de l’ONE',
  },
];

// ---------------------------------------------------------------------------------------------
// FAQ

export interface ActeFaqEntry {
  /** Stable, for anchors in the page. */
  id: string;
  question: string;
  answer: string;
}

/** The questions of the seed's « Vous avez une question ? », with answers. */
export const ACTE_FAQ: readonly ActeFaqEntry[] = [
  {
    id: 'obtenir-subsides',
    question: 'Comment puis-je obtenir mes subsides ?',
    answer:
      'Le subside ACTE est réservé aux accueillant·e·s qui remplissent au minimum les conditions du subside de base (niveau 1). Sur la page ACTE, cliquez sur « Accéder à la charte », lisez-la, cochez la case « Je confirme que j’ai lu et compris tous les aspects de la charte et je m’engage à respecter tous ses objectifs. » puis cliquez sur « Je m’engage ». La signature vous ouvre un subside de 125 € par place autorisée, versé dans les trois mois qui suivent la signature, puis chaque année. Il est payé sur votre compte bancaire validé par l’ONE : vérifiez vos coordonnées dans « Signalétique », rubrique « Coordonnées bancaires ». Si elles ne sont pas encore validées, encodez-les en joignant un extrait de compte ; un agent de l’ONE les validera. Le subside ne peut pas être versé tant que vos coordonnées ne sont pas validées.',
  },
  {
    id: 'engagements',
    question: 'À quoi dois-je m’engager pour avoir mes subsides ?',
    answer:
      'En signant la charte, vous vous engagez à en respecter les objectifs. Concrètement, vous établissez un plan d’action écologique pour votre lieu d’accueil : vous choisissez une ou plusieurs thématiques parmi les six axes, vous faites le point avec l’auto-diagnostic et vous sélectionnez des actions dans le catalogue. Vous soumettez ensuite ce plan à l’équipe ACTE de l’ONE, qui en accuse réception puis le valide ou vous demande de l’adapter. Vous mettez vos actions en œuvre au fil de l’année et vous faites le point un an plus tard. Le subside sert à soutenir ces engagements : achats, formations, etc.',
  },
  {
    id: 'non-respect',
    question: 'Que se passe-t-il si je ne respecte pas mes engagements ?',
    answer:
      'Le dispositif ACTE est d’abord un accompagnement : l’équipe ACTE vous aide à construire un plan réaliste, vous recevez des rappels pendant l’année et un bilan est prévu un an plus tard. Si vous avez du mal à tenir vos engagements, ou si vous voulez savoir ce que cela change pour votre subside, posez votre question à l’équipe ACTE au moyen du formulaire « Une autre question ? » de la page ACTE.',
  },
  {
    id: 'delais',
    question: 'Combien de temps ai-je pour respecter mes engagements ?',
    answer:
      'Vous choisissez vous-même les thématiques et les actions de votre plan. Vous les mettez en œuvre au fil de l’année, avec des rappels de l’ONE, et vous faites le point sur vos actions et vos ambitions un an plus tard. La démarche se poursuit ensuite d’année en année, comme le subside. Pour une question de délai propre à votre situation, contactez l’équipe ACTE au moyen du formulaire « Une autre question ? » de la page ACTE.',
  },
  {
    id: 'retractation',
    question: 'Est-ce qu’il est possible de se rétracter après avoir reçu mes subsides ?',
    answer:
      'Si vous envisagez de vous retirer du dispositif ACTE, contactez l’équipe ACTE au moyen du formulaire « Une autre question ? » de la page ACTE. Elle examinera votre situation et vous indiquera la marche à suivre, y compris pour les subsides déjà reçus.',
  },
  {
    id: 'outils-digitaux',
    question: 'Quand seront disponibles les outils digitaux ?',
    answer:
      'Les outils digitaux sont disponibles sur la page ACTE de votre portail PRO.ONE dès que vous avez signé la charte : cliquez sur « Accéder au plan d’action » pour créer votre plan, remplir l’auto-diagnostic et choisir vos actions parmi plus de 50 propositions. Si vous ne pouvez pas signer la charte, vérifiez auprès de votre coordinateur·rice accueil ou de votre agent conseil que vous remplissez les conditions du subside de base (niveau 1).',
  },
];

// ---------------------------------------------------------------------------------------------
// Charter

export interface ActeCharterCommitment {
  /** The axis the commitment is about; null for the general ones (plan, follow-up). */
  axis: ActeAxisId | null;
  text: string;
}
export interface ActeCharter {
  title: string;
  intro: string;
  commitments: readonly ActeCharterCommitment[];
  /** The sentence of the box to tick before « Je m’engage ». */
  confirmation: string;
}

export const ACTE_CHARTER: ActeCharter = {
  title: 'Charte d’engagement « Accueil en transition écologique » (ACTE)',
  intro:
    'Avec le dispositif ACTE, l’ONE souhaite mettre en lumière ce que vous faites déjà pour l’environnement et vous accompagner pour aller un pas plus loin. En signant cette charte, vous, accueillant·e d’enfants indépendant·e, vous engagez à faire évoluer votre lieu d’accueil vers plus de respect de l’environnement et de la santé des enfants, à votre rythme et avec le soutien de l’ONE. En échange, vous recevez chaque année un subside de 125 € par place autorisée.',
  commitments: [
    {
      axis: null,
      text: 'J’établis un plan d’action écologique pour mon lieu d’accueil : je fais le point avec l’auto-diagnostic, je choisis une ou plusieurs thématiques parmi les six axes et les actions que je veux mettre en œuvre, puis je soumets mon plan à l’équipe ACTE de l’ONE.',
    },
    {
      axis: 'alimentation',
      text: 'Je propose aux enfants une alimentation locale, équilibrée et de saison, je soutiens l’allaitement maternel et je limite le gaspillage alimentaire.',
    },
    {
      axis: 'eau',
      text: 'Je préserve l’eau : je privilégie l’eau du robinet, j’évite le gaspillage et je limite les produits qui la polluent.',
    },
    {
      axis: 'cadre_de_vie',
      text: 'J’offre aux enfants un lieu d’accueil sain : un air intérieur de qualité, des produits d’entretien et du matériel sans substances nocives, un contact quotidien avec la nature.',
    },
    {
      axis: 'dechets',
      text: 'Je réduis mes déchets, je les trie et je donne une seconde vie aux objets et au matériel.',
    },
    {
      axis: 'energie',
      text: 'Je réduis la consommation d’énergie de mon lieu d’accueil, sans nuire au confort ni à la sécurité des enfants.',
    },
    {
      axis: 'dynamique_sociale',
      text: 'Je partage ma démarche avec les enfants et leurs familles, et je la fais vivre avec mes voisin·e·s et les partenaires de mon quartier.',
    },
    {
      axis: null,
      text: 'J’utilise le subside ACTE pour mettre en œuvre mon plan d’action (achats, formations, etc.) et je participe au suivi proposé par l’ONE : rappels pendant l’année et bilan un an plus tard.',
    },
  ],
  confirmation:
    'Je confirme que j’ai lu et compris tous les aspects de la charte et je m’engage à respecter tous ses objectifs.',
};

// ---------------------------------------------------------------------------------------------
// Explanatory document

export interface ActeDocumentSection {
  heading: string;
  paragraphs: string[];
}
export interface ActeDocument {
  title: string;
  sections: ActeDocumentSection[];
}

/** « Télécharger le document explicatif »: open to every childminder, eligible or not. */
export const ACTE_EXPLANATORY: ActeDocument = {
  title: 'Accueil en transition écologique (ACTE) : document explicatif',
  sections: [
    {
      heading: 'Qu’est-ce que le dispositif ACTE ?',
      paragraphs: [
        '« Agir localement, penser globalement » : avec le dispositif « Accueil en transition écologique » (ACTE), l’ONE accompagne l’engagement du secteur de l’enfance dans la transition écologique. C’est le dispositif « éco-crèche » des milieux d’accueil de la Fédération Wallonie-Bruxelles, ouvert aux accueillant·e·s d’enfants indépendant·e·s.',
        'Beaucoup d’accueillant·e·s font déjà attention à l’environnement depuis plusieurs années. L’ONE souhaite mettre en lumière ce que vous faites déjà et vous accompagner pour aller un pas plus loin, à votre rythme, dans l’amélioration de l’impact environnemental de votre lieu d’accueil.',
      ],
    },
    {
      heading: 'Les trois objectifs',
      paragraphs: [
        'Dans l’accueil de la petite enfance, la transition écologique, c’est :',
        'permettre à chaque enfant de s’épanouir dans un environnement sain ;',
        'promouvoir une alimentation locale, équilibrée et de saison ;',
        'développer la sensibilisation et l’éducation à l’écologie des enfants et des familles.',
      ],
    },
    {
      heading: 'Six axes de développement durable',
      paragraphs: [
        'Le dispositif s’organise autour de six axes. Vous choisissez vous-même la ou les thématiques sur lesquelles vous souhaitez travailler.',
        ...ACTE_AXES.map((axis) => `${axis.label} : ${axis.description}`),
      ],
    },
    {
      heading: 'Qui peut participer ?',
      paragraphs: [
        'La charte d’engagement et le subside ACTE sont réservés aux accueillant·e·s d’enfants indépendant·e·s qui remplissent au minimum les conditions du subside de base (niveau 1).',
        'Si vous ne remplissez pas encore ces conditions, vous pouvez lire ce document, mais vous ne pouvez pas signer la charte ni recevoir le subside. Pour plus d’informations, contactez votre coordinateur·rice accueil ou votre agent conseil.',
      ],
    },
    {
      heading: 'Le subside ACTE',
      paragraphs: [
        'La signature de la charte vous donne droit à un subside de 125 € par place autorisée, chaque année. Par exemple, pour 4 places autorisées, le subside est de 500 € par an.',
        'L’ONE octroie le subside dans un délai de trois mois à dater de la signature de la charte. Il est ensuite renouvelé chaque année.',
        'Le subside est versé sur votre compte bancaire validé par l’ONE. Vérifiez vos coordonnées dans « Signalétique », rubrique « Coordonnées bancaires » : si elles ne sont pas encore validées, encodez-les en joignant un extrait de compte, et un agent de l’ONE les validera. Le subside ne peut pas être versé tant que vos coordonnées ne sont pas validées.',
        'Ce subside accompagne vos engagements : achat de matériel, formations, etc.',
      ],
    },
    {
      heading: 'Votre transition écologique en quatre étapes',
      paragraphs: [
        '1. Signez la charte d’engagement. La charte reprend les objectifs et les engagements du dispositif. Sur la page ACTE de votre portail PRO.ONE, cliquez sur « Accéder à la charte », lisez-la, cochez la case « Je confirme que j’ai lu et compris tous les aspects de la charte et je m’engage à respecter tous ses objectifs. » puis cliquez sur « Je m’engage ».',
        '2. Créez votre plan d’action écologique. Faites l’état des lieux de votre lieu d’accueil, choisissez la ou les thématiques sur lesquelles vous souhaitez travailler et faites le point avec l’auto-diagnostic en ligne. Sélectionnez ensuite les actions que vous souhaitez mettre en œuvre parmi plus de 50 actions proposées par l’ONE.',
        '3. Recevez votre subside. La signature de la charte vous donne accès au subside annuel de 125 € par place, octroyé dans les trois mois qui suivent la signature.',
        '4. Soumettez votre plan d’action écologique à l’ONE. L’équipe ACTE accuse réception de votre plan, puis le valide ou vous demande de l’adapter. Elle vous accompagne et répond à vos questions, notamment lors de séances en vidéoconférence.',
      ],
    },
    {
      heading: 'L’ONE vous accompagne',
      paragraphs: [
        'Pendant l’année, vous recevez des rappels pour vous aider à avancer dans votre plan d’action.',
        'Un an plus tard, un bilan vous permet de faire le point sur vos actions et vos ambitions.',
        'Une foire aux questions est disponible sur la page ACTE. Pour toute autre question, utilisez le formulaire « Une autre question ? » : l’équipe ACTE vous répondra.',
        'Pour les questions générales sur votre portail PRO.ONE, le helpdesk est joignable du lundi au vendredi, de 9 h à 16 h, au 02/542 14 45.',
      ],
    },
  ],
};
