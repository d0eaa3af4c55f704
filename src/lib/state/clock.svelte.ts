/*
 * The current time as reactive state, refreshed every minute, so "next meeting" and "today"
 * move on by themselves while the app stays open (on a phone, for days).
 */
class Clock {
  #now = $state(new Date());

  get now(): Date {
    return this.#now;
  }

  start(): () => void {
    const timer = setInterval(() => (this.#now = new Date()), 60_000);
    return () => clearInterval(timer);
  }
}

export const clock = new Clock();
