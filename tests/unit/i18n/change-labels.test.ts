import { describe, expect, it } from 'vitest';
import { commandName, fieldName, recordLabel, showValue, tableName } from '../../../src/lib/i18n/change-labels.ts';
import { OtherPlanError } from '../../../src/lib/db/commands/errors.ts';
import { commandFailure } from '../../../src/lib/i18n/errors.ts';
import { fr } from '../factories.ts';

describe('words for changes', () => {
  it('names commands, tables and fields in French, falling back to the technical name', () => {
    expect(commandName('updateMeeting')).toBe('Réunion modifiée');
    expect(commandName('someFutureCommand')).toBe('someFutureCommand');
    expect(tableName('agendaItems')).toBe('Point de l’ordre du jour');
    expect(fieldName('startTime')).toBe('Heure de début');
  });

  it('shows values on one short line', () => {
    expect(showValue(undefined)).toBe('—');
    expect(showValue(fr('Salle A'))).toBe('Salle A');
    expect(showValue([fr('CSH'), fr('SSM')])).toBe('CSH ; SSM');
    expect(showValue(true)).toBe('oui');
    expect(showValue('x'.repeat(500)).length).toBe(160);
  });

  it('labels a record by its title, heading, text or symbol, else its date or id', () => {
    expect(recordLabel({ recordId: 'm1', after: { title: fr('MISPA-III') } })).toBe('MISPA-III');
    expect(recordLabel({ recordId: 'd1', before: { symbol: 'AG/RES. 2692' } })).toBe('AG/RES. 2692');
    expect(recordLabel({ recordId: 'm2', after: { startDate: '2011-09-15' } })).toBe('2011-09-15');
    expect(recordLabel({ recordId: 'x' })).toBe('x');
  });
});

describe('commandFailure', () => {
  const named = (name: string) => Object.assign(new Error('boom'), { name });
  it('says plainly what failed, and that nothing changed', () => {
    expect(commandFailure(named('ValidationError'))).toBe('Corrigez les champs signalés avant d’enregistrer.');
    expect(commandFailure(named('QuotaExceededError'))).toContain('plus assez d’espace');
    expect(commandFailure(named('RecordNotFoundError'))).toContain('n’existe plus');
    expect(commandFailure(new OtherPlanError('meetings', 'm1'))).toBe('Cette modification concerne un autre plan ; rien n’a été modifié.');
    expect(commandFailure(new Error('disk on fire'))).toBe('L’enregistrement a échoué, rien n’a été modifié : disk on fire');
  });
});
