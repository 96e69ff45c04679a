import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { NotesDbNotice } from '../../../src/ui/notes/notes-db-notice';
import { renderWithProviders } from '../../support/render-with-providers';

describe('NotesDbNotice', () => {
  it('says nothing while storage is fine', () => {
    renderWithProviders(<NotesDbNotice event={undefined} onReload={() => {}} />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('asks for a reload when another tab updated the database', async () => {
    const onReload = vi.fn();
    const { user } = renderWithProviders(<NotesDbNotice event="versionchange" onReload={onReload} />);
    expect(screen.getByRole('alert')).toHaveTextContent(/opdateret i en anden fane/i);
    await user.click(screen.getByRole('button', { name: /genindlæs siden/i }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });

  it('asks to close the older tab when it blocks the database, without a reload button', () => {
    renderWithProviders(<NotesDbNotice event="blocked" onReload={() => {}} />);
    expect(screen.getByRole('alert')).toHaveTextContent(/ældre udgave af appen er åben/i);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
