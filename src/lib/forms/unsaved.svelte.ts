/*
 * Which forms hold input that is not saved yet. While any does: the browser asks before the
 * page is closed or reloaded, moving to another screen asks first, and the update prompt
 * waits (an update reloads the page).
 */
class Unsaved {
  #forms = $state<string[]>([]);

  get any(): boolean {
    return this.#forms.length > 0;
  }

  mark(formKey: string, dirty: boolean): void {
    const has = this.#forms.includes(formKey);
    if (dirty && !has) this.#forms = [...this.#forms, formKey];
    if (!dirty && has) this.#forms = this.#forms.filter((k) => k !== formKey);
  }

  /** Installs the "leave page?" guard; returns the function that removes it. */
  guardPageExit(): () => void {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!this.any) return;
      event.preventDefault();
      event.returnValue = '';
    };
    addEventListener('beforeunload', onBeforeUnload);
    return () => removeEventListener('beforeunload', onBeforeUnload);
  }
}

export const unsaved = new Unsaved();
