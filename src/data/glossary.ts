/*
 * Reference glossary of the acronyms of the OAS public-security field, in the four interface
 * languages. This is general reference knowledge, NOT the text of any plan: whether a plan
 * spells an acronym out, or names the body in full, is worked out from the plan's own text
 * (src/lib/domain/glossary.ts), so the screen can say which expansions the plan does not give.
 * Loaded only with the screens that show plan text (never with the first screen).
 *
 * `forms`: the acronym as written in any language (matched whole-word, case-sensitive);
 * `numbered`: the acronym also takes a Roman number ("MISPA-III", "REMJA-VIII");
 * `names`: full names as a plan may write them (matched whole-word, ignoring accents and case).
 */
import type { GlossaryTerm } from '../lib/domain/glossary-match.ts';

type GlossaryLanguage = 'fr' | 'en' | 'es' | 'pt';

export type GlossaryEntry = GlossaryTerm & {
  /** The usual expansion in each interface language. */
  expansion: Record<GlossaryLanguage, string>;
};

export const glossary: readonly GlossaryEntry[] = [
  {
    id: 'oea',
    forms: ['OEA', 'OAS'],
    names: [
      'Organisation des États Américains',
      'Organization of American States',
      'Organización de los Estados Americanos',
      'Organização dos Estados Americanos',
    ],
    expansion: {
      fr: 'Organisation des États Américains',
      en: 'Organization of American States',
      es: 'Organización de los Estados Americanos',
      pt: 'Organização dos Estados Americanos',
    },
  },
  {
    id: 'ag',
    forms: ['AG'],
    names: ['Assemblée générale', 'General Assembly', 'Asamblea General', 'Assembleia Geral'],
    expansion: { fr: 'Assemblée générale', en: 'General Assembly', es: 'Asamblea General', pt: 'Assembleia Geral' },
  },
  {
    id: 'cp',
    forms: ['CP'],
    names: ['Conseil permanent', 'Permanent Council', 'Consejo Permanente', 'Conselho Permanente'],
    expansion: { fr: 'Conseil permanent', en: 'Permanent Council', es: 'Consejo Permanente', pt: 'Conselho Permanente' },
  },
  {
    // The acronym of the Spanish name, used in every language. The OAS's French texts call the
    // body "Commission sur la sécurité continentale" (shared/seed/NOTES.md, ambiguity 3).
    id: 'csh',
    forms: ['CSH'],
    names: [
      'Commission sur la sécurité continentale',
      'Committee on Hemispheric Security',
      'Commission on Hemispheric Security',
      'Comisión de Seguridad Hemisférica',
      'Comissão de Segurança Hemisférica',
    ],
    expansion: {
      fr: 'Commission sur la sécurité continentale',
      en: 'Committee on Hemispheric Security',
      es: 'Comisión de Seguridad Hemisférica',
      pt: 'Comissão de Segurança Hemisférica',
    },
  },
  {
    id: 'ssm',
    forms: ['SSM'],
    names: [
      'Secrétariat à la sécurité multidimensionnelle',
      'Secretariat for Multidimensional Security',
      'Secretaría de Seguridad Multidimensional',
      'Secretaria de Segurança Multidimensional',
    ],
    expansion: {
      fr: 'Secrétariat à la sécurité multidimensionnelle',
      en: 'Secretariat for Multidimensional Security',
      es: 'Secretaría de Seguridad Multidimensional',
      pt: 'Secretaria de Segurança Multidimensional',
    },
  },
  {
    id: 'mispa',
    forms: ['MISPA'],
    numbered: true,
    names: [
      'Réunion des ministres responsables de la sécurité publique des Amériques',
      'Réunions des ministres responsables de la sécurité publique des Amériques',
      'Meeting of Ministers Responsible for Public Security in the Americas',
      'Reunión de Ministros en Materia de Seguridad Pública de las Américas',
      'Reunião de Ministros em Matéria de Segurança Pública das Américas',
    ],
    expansion: {
      fr: 'Réunion des ministres responsables de la sécurité publique des Amériques',
      en: 'Meeting of Ministers Responsible for Public Security in the Americas',
      es: 'Reunión de Ministros en Materia de Seguridad Pública de las Américas',
      pt: 'Reunião de Ministros em Matéria de Segurança Pública das Américas',
    },
  },
  {
    id: 'remja',
    forms: ['REMJA'],
    numbered: true,
    names: [
      'Réunion des ministres de la justice ou d’autres ministres, procureurs ou procureurs généraux des Amériques',
      'Meeting of Ministers of Justice or Other Ministers or Attorneys General of the Americas',
      'Reunión de Ministros de Justicia u otros Ministros, Procuradores o Fiscales Generales de las Américas',
      'Reunião de Ministros da Justiça ou Outros Ministros, Procuradores ou Advogados-Gerais das Américas',
    ],
    expansion: {
      fr: 'Réunion des ministres de la justice ou d’autres ministres, procureurs ou procureurs généraux des Amériques',
      en: 'Meeting of Ministers of Justice or Other Ministers or Attorneys General of the Americas',
      es: 'Reunión de Ministros de Justicia u otros Ministros, Procuradores o Fiscales Generales de las Américas',
      pt: 'Reunião de Ministros da Justiça ou Outros Ministros, Procuradores ou Advogados-Gerais das Américas',
    },
  },
];
