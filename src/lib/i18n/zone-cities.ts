/*
 * The city that names a time zone ("heure de New York", "hora de Nueva York"), in the
 * interface language, for the zones of the OAS member states and the usual travel zones. Any
 * other zone is named by its IANA city with spaces ("America/Port_of_Spain" → "Port of
 * Spain"). Loaded with the meeting time (meeting-time.ts), never with the first screen. The
 * name is always the zone's own city: the table is data, no zone is special-cased.
 */
import type { TimeZoneId } from '../domain/types.ts';
import type { Language } from './index.ts';

/** French|English|Spanish|Portuguese, for the zones whose city some language writes differently from IANA; an empty part is the IANA city. */
const CITIES: Record<string, string> = {
  'America/New_York': '|New York|Nueva York|Nova York',
  'America/Los_Angeles': '|Los Angeles|Los Ángeles|Los Angeles',
  'America/St_Johns': 'Saint-Jean de Terre-Neuve|St. John’s|San Juan de Terranova|São João da Terra Nova',
  'America/Mexico_City': 'Mexico|Mexico City|Ciudad de México|Cidade do México',
  'America/Cancun': '|Cancún|Cancún|Cancún',
  'America/Merida': 'Mérida|Mérida|Mérida|Mérida',
  'America/Mazatlan': '|Mazatlán|Mazatlán|Mazatlán',
  'America/Guatemala': '|Guatemala City|Ciudad de Guatemala|Cidade da Guatemala',
  'America/Belize': 'Belize City|Belize City|Ciudad de Belice|Cidade de Belize',
  'America/El_Salvador': 'San Salvador|San Salvador|San Salvador|San Salvador',
  'America/Managua': '|||Manágua',
  'America/Costa_Rica': 'San José|San José|San José|San José',
  'America/Panama': 'Panama|Panama City|Ciudad de Panamá|Cidade do Panamá',
  'America/Havana': 'La Havane|Havana|La Habana|Havana',
  'America/Jamaica': 'Kingston|Kingston|Kingston|Kingston',
  'America/Port-au-Prince': '|||Porto Príncipe',
  'America/Santo_Domingo': 'Saint-Domingue|Santo Domingo|Santo Domingo|São Domingos',
  'America/Puerto_Rico': 'San Juan|San Juan|San Juan|San Juan',
  'America/Barbados': 'Bridgetown|Bridgetown|Bridgetown|Bridgetown',
  'America/Antigua': 'Saint John’s|St. John’s|Saint John’s|Saint John’s',
  'America/St_Kitts': 'Basseterre|Basseterre|Basseterre|Basseterre',
  'America/Dominica': 'Roseau|Roseau|Roseau|Roseau',
  'America/St_Lucia': 'Castries|Castries|Castries|Castries',
  'America/St_Vincent': 'Kingstown|Kingstown|Kingstown|Kingstown',
  'America/Grenada': 'Saint-Georges|St. George’s|Saint George’s|Saint George’s',
  'America/Port_of_Spain': 'Port-d’Espagne|Port of Spain|Puerto España|Porto de Espanha',
  'America/Guyana': 'Georgetown|Georgetown|Georgetown|Georgetown',
  'America/Bogota': 'Bogota|Bogotá|Bogotá|Bogotá',
  'America/Montevideo': '|||Montevidéu',
  'America/Asuncion': 'Asuncion|Asunción|Asunción|Assunção',
  'America/Sao_Paulo': 'São Paulo|São Paulo|São Paulo|São Paulo',
  'America/Belem': 'Belém|Belém|Belém|Belém',
  'America/Bahia': 'Salvador de Bahia|Salvador|Salvador de Bahía|Salvador',
  'America/Cuiaba': 'Cuiabá|Cuiabá|Cuiabá|Cuiabá',
  'America/Noronha': 'Fernando de Noronha|Fernando de Noronha|Fernando de Noronha|Fernando de Noronha',
  'Europe/Lisbon': 'Lisbonne|Lisbon|Lisboa|Lisboa',
  'Europe/London': 'Londres|London|Londres|Londres',
  'Europe/Brussels': 'Bruxelles|Brussels|Bruselas|Bruxelas',
  'Europe/Zurich': '|Zurich|Zúrich|Zurique',
  'Europe/Berlin': '|Berlin|Berlín|Berlim',
  'Europe/Rome': '|Rome|Roma|Roma',
  'Europe/Vienna': 'Vienne|Vienna|Viena|Viena',
  'Atlantic/Azores': 'Açores|Azores|Azores|Açores',
  'Atlantic/Canary': 'Canaries|Canary Islands|Canarias|Canárias',
  UTC: 'UTC|UTC|UTC|UTC',
};

const ORDER: readonly Language[] = ['fr', 'en', 'es', 'pt'];

/** The IANA city of `zone` with spaces: "America/Port_of_Spain" → "Port of Spain". */
export function ianaCity(zone: TimeZoneId): string {
  return (zone.split('/').pop() || zone).replaceAll('_', ' ');
}

/** The city naming `zone` in `lang`, or its IANA city when the table has no name for it. */
export function zoneCity(zone: TimeZoneId, lang: Language): string {
  const names = Object.hasOwn(CITIES, zone) ? CITIES[zone]!.split('|') : [];
  return names[ORDER.indexOf(lang)] || ianaCity(zone);
}
