export type Apache = {
  /** The app's root: `http://127.0.0.1:<port>/`. */
  url: string;
  /** The WebDAV folder, Basic auth for every method: `http://127.0.0.1:<port>/dav/`. */
  davUrl: string;
  /**
   * The folder behind davUrl, removed by stop(). Written through WebDAV, its files belong to the
   * workers' user (www-data when the tests run as root); a file put here directly is served too.
   */
  davDir: string;
  /**
   * The access log's lines so far: `PUT /dav/plan.json 412 "<If-Match>" "<If-None-Match>" <user>`
   * ("-" for what is absent). Apache writes a line just after it answers: read it again to see
   * the request a fetch has just made.
   */
  log(): string[];
  /** Stops Apache (waiting for it to exit) and removes its folder, davDir with it. */
  stop(): Promise<void>;
};
/** Apache over `root` (the built app, readable by www-data when run as root), with `users` (name → password) for /dav/. */
export function startApache(root: string, options: { users: Record<string, string> }): Promise<Apache>;
