/*
 * This tab, as the browser runs it (tabs.ts holds the rules): its id is known at once unless
 * it looks taken, then settled within ASK_MS (`tabReady`; screens with forms wait for it, see
 * lazy-screens.ts: not a top-level await, which would split the first screen's chunks); then
 * the tab beats its heartbeat, answers other tabs asking for its id, and marks itself left
 * when its page goes away. Loaded only with the forms, never by the first screen.
 */
import { randomId } from '../db/commands/ids.ts';
import { ASK_MS, claimTabNow, HEARTBEAT_MS, settleTabId, writeTab, type TabEnv } from './tabs.ts';

type Message = { type: 'who' | 'mine'; id: string };

const CHANNEL = 'quorum:tabs';
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : undefined;
const instance = randomId();

const env: TabEnv = {
  session: sessionStorage,
  local: localStorage,
  now: () => Date.now(),
  newId: () => randomId().slice(0, 8),
  ask: (id) =>
    new Promise<boolean>((resolve) => {
      if (!channel) return resolve(false);
      const timer = setTimeout(() => done(false), ASK_MS);
      const onMessage = (event: MessageEvent<Message>) => {
        if (event.data?.type === 'mine' && event.data.id === id) done(true);
      };
      function done(answer: boolean) {
        clearTimeout(timer);
        channel?.removeEventListener('message', onMessage);
        resolve(answer);
      }
      channel.addEventListener('message', onMessage);
      channel.postMessage({ type: 'who', id } satisfies Message);
    }),
};

const claim = claimTabNow(env);
/** This tab's id (stable across its reloads, new in a new or duplicated tab); final once `tabReady` resolves. */
export let thisTab = claim.id;

export const tabReady: Promise<string> = settleTabId(env, claim).then((id) => {
  thisTab = id;
  const beat = () => writeTab(env, thisTab, instance, 'open');
  beat();
  setInterval(beat, HEARTBEAT_MS);
  channel?.addEventListener('message', (event: MessageEvent<Message>) => {
    if (event.data?.type === 'who' && event.data.id === thisTab) channel.postMessage({ type: 'mine', id: thisTab } satisfies Message);
  });
  addEventListener('pagehide', () => writeTab(env, thisTab, instance, 'left'));
  addEventListener('pageshow', beat);
  return id;
});
