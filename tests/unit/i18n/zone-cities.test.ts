import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/lib/i18n/index.ts';
import { ianaCity, zoneCity } from '../../../src/lib/i18n/zone-cities.ts';

describe('zoneCity', () => {
  it('names the cities of the Americas in each interface language', () => {
    expect(LANGUAGES.map((l) => zoneCity('America/New_York', l))).toEqual(['New York', 'New York', 'Nueva York', 'Nova York']);
    expect(LANGUAGES.map((l) => zoneCity('America/Port_of_Spain', l))).toEqual(['Port-d’Espagne', 'Port of Spain', 'Puerto España', 'Porto de Espanha']);
    expect(LANGUAGES.map((l) => zoneCity('America/Mexico_City', l))).toEqual(['Mexico', 'Mexico City', 'Ciudad de México', 'Cidade do México']);
    expect(LANGUAGES.map((l) => zoneCity('America/Sao_Paulo', l))).toEqual(['São Paulo', 'São Paulo', 'São Paulo', 'São Paulo']);
    expect(zoneCity('Europe/London', 'fr')).toBe('Londres');
    expect(zoneCity('Europe/Lisbon', 'pt')).toBe('Lisboa');
  });

  it('falls back to the IANA city with spaces for a zone it does not list, or a part left blank', () => {
    expect(zoneCity('Asia/Tokyo', 'fr')).toBe('Tokyo');
    expect(zoneCity('America/Argentina/Buenos_Aires', 'es')).toBe('Buenos Aires');
    expect(zoneCity('America/Indiana/Indianapolis', 'pt')).toBe('Indianapolis');
    expect(zoneCity('toString', 'en')).toBe('toString'); // not read from Object.prototype
    expect(ianaCity('America/Port_of_Spain')).toBe('Port of Spain');
  });

  it('lists every zone of the OAS member states’ capitals, each one a zone the runtime knows', () => {
    const capitals = [
      'America/Antigua',
      'America/Argentina/Buenos_Aires',
      'America/Nassau',
      'America/Barbados',
      'America/Belize',
      'America/La_Paz',
      'America/Sao_Paulo',
      'America/Toronto',
      'America/Santiago',
      'America/Bogota',
      'America/Costa_Rica',
      'America/Havana',
      'America/Dominica',
      'America/Santo_Domingo',
      'America/Guayaquil',
      'America/El_Salvador',
      'America/Grenada',
      'America/Guatemala',
      'America/Guyana',
      'America/Port-au-Prince',
      'America/Tegucigalpa',
      'America/Jamaica',
      'America/Mexico_City',
      'America/Managua',
      'America/Panama',
      'America/Asuncion',
      'America/Lima',
      'America/St_Kitts',
      'America/St_Lucia',
      'America/St_Vincent',
      'America/Paramaribo',
      'America/Port_of_Spain',
      'America/New_York',
      'America/Montevideo',
      'America/Caracas',
    ];
    for (const zone of capitals) {
      // A listed zone never falls back to a name with an underscore or a region.
      for (const lang of LANGUAGES) expect(zoneCity(zone, lang), `${zone} ${lang}`).not.toMatch(/[_/]/);
      expect(() => new Intl.DateTimeFormat('en', { timeZone: zone }), zone).not.toThrow();
    }
  });
});
