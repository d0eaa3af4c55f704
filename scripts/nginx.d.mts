export type Nginx = {
  url: string;
  root: string;
  /** The access log's lines so far: `GET /plans/x/calendar.ics 304 "<If-None-Match>" "<If-Modified-Since>"`. */
  log(): string[];
  stop(): Promise<void>;
};
export function startNginx(root: string, options?: { workers?: number }): Promise<Nginx>;
