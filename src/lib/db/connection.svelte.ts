/*
 * The database connection as the user should understand it, across tabs:
 * - outdated: another tab opened a newer version of the app, which upgrades the schema. This
 *   tab closes its connection (so old code can never write into the new schema) and asks the
 *   user to reload.
 * - blocked: this tab wants to upgrade but an older tab still holds the database open.
 */
// A type only: this state is on the first screen, which loads no Dexie (state/database.ts).
import type Dexie from 'dexie';

class ConnectionState {
  #outdated = $state(false);
  #blocked = $state(false);

  get outdated() {
    return this.#outdated;
  }
  get blocked() {
    return this.#blocked;
  }

  /** Follows the database's version events and refuses writes once outdated; call before opening it. */
  watch(db: Dexie): void {
    const { DatabaseClosedError } = db.constructor as typeof Dexie; // Dexie's, inherited by its subclasses
    db.use({
      stack: 'dbcore',
      name: 'refuse-writes-when-outdated',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            mutate: (request) =>
              this.#outdated ? Promise.reject(new DatabaseClosedError('A newer version of the app upgraded the database')) : table.mutate(request),
          };
        },
      }),
    });
    db.on('versionchange', () => {
      this.#outdated = true;
      db.close({ disableAutoOpen: true });
    });
    db.on('blocked', () => {
      this.#blocked = true;
    });
    db.on('ready', () => {
      this.#blocked = false;
    });
  }
}

export const connection = new ConnectionState();
