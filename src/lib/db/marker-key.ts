/*
 * Where the data marker (data-marker.ts) lives in localStorage. Apart from it because start-up
 * (boot.ts) reads only whether it exists, to know a first visit at once, without carrying the
 * marker's code on the first screen.
 */
export const MARKER_KEY = 'quorum:data-marker';
