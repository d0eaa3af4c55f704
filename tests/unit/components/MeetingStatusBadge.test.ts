import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import MeetingStatusBadge from '../../../src/lib/components/meeting/MeetingStatusBadge.svelte';

describe('MeetingStatusBadge', () => {
  it('says a planned meeting whose days are over is past, not held', () => {
    render(MeetingStatusBadge, { status: 'planned', past: true });
    expect(screen.getByText('Date passée')).toBeTruthy();
    expect(screen.queryByText('Tenue')).toBeNull();
  });

  it('keeps the recorded status otherwise', () => {
    render(MeetingStatusBadge, { status: 'held', past: true });
    render(MeetingStatusBadge, { status: 'cancelled', past: true });
    render(MeetingStatusBadge, { status: 'planned' });
    expect(screen.getByText('Tenue')).toBeTruthy();
    expect(screen.getByText('Annulée')).toBeTruthy();
    expect(screen.getByText('Prévue')).toBeTruthy();
  });
});
