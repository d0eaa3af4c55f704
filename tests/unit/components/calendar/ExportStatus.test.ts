import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ExportStatus from '../../../../src/lib/components/calendar/ExportStatus.svelte';

describe('ExportStatus while a file is prepared', () => {
  it('says it is preparing, without a bar before any progress is known', () => {
    render(ExportStatus, { status: { kind: 'busy' } });
    expect(screen.getByRole('status').textContent).toBe('Préparation du fichier…');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('shows how many meetings are ready on a named bar, the announced text unchanged', () => {
    render(ExportStatus, { status: { kind: 'busy', done: 600, total: 2000 } });
    const bar = screen.getByRole('progressbar', { name: '600 réunions prêtes sur 2000' });
    expect([bar.getAttribute('value'), bar.getAttribute('max')]).toEqual(['600', '2000']);
    expect(screen.getByRole('status').textContent).toBe('Préparation du fichier…');
  });

  it('drops the bar once the file is handed over', () => {
    render(ExportStatus, { status: { kind: 'downloaded', fileName: 'MISPA-III.ics' } });
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('MISPA-III.ics');
  });
});
