/*
 * The one line of feedback after a change: what happened, with an "undo" for the plan it
 * touched. Shown by FeedbackBar; a new message replaces the previous one.
 */
type FeedbackMessage = { text: string; tone: 'ok' | 'bad'; undoPlanId?: string; id: number };

class Feedback {
  #current = $state<FeedbackMessage | undefined>();
  #next = 1;

  get current() {
    return this.#current;
  }

  show(text: string, tone: 'ok' | 'bad' = 'ok', undoPlanId?: string): void {
    this.#current = { text, tone, undoPlanId, id: this.#next++ };
  }

  clear(): void {
    this.#current = undefined;
  }
}

export const feedback = new Feedback();
