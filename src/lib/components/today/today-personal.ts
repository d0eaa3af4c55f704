/* The first screen's personal parts (and the followed plan's status), as one chunk loaded once that screen is shown (OverviewScreen). */
export { default as TodayPersonal } from '../personal/TodayPersonal.svelte';
export { default as MineToggleLive } from '../personal/MineToggleLive.svelte';
export { default as FollowStatus } from '../following/FollowStatus.svelte';
