/** Reloads the page; callers flush unsaved notes first (useFlushNotes). */
export function reloadApp(): void {
  window.location.reload();
}
