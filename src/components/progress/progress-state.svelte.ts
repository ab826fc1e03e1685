/**
 * The device's progress snapshot as state of an island: empty, with `mounted` false, until
 * the island is mounted (the server cannot see this device's storage, so the first render
 * matches the page's HTML), then followed on every change, here, in another tab and after
 * the back/forward cache (./snapshot.ts). Call it while the component initialises, as
 * `onMount` must be called.
 */
import { onMount } from 'svelte';
import { EMPTY_SNAPSHOT, type ProgressSnapshot } from '~/engine/learning-path';
import { readSnapshot, watchProgress } from './snapshot';

export interface ProgressState {
  readonly snapshot: ProgressSnapshot;
  /** False until mounted: show nothing that depends on the device's progress before that. */
  readonly mounted: boolean;
  /** Reads the snapshot again at once (after the island itself wrote to a store). */
  refresh(): void;
}

export function followProgress(): ProgressState {
  let snapshot = $state.raw<ProgressSnapshot>(EMPTY_SNAPSHOT);
  let mounted = $state(false);
  onMount(() => {
    const stop = watchProgress((now) => (snapshot = now)); // called at once, then on every change
    mounted = true;
    return stop;
  });
  return {
    get snapshot() {
      return snapshot;
    },
    get mounted() {
      return mounted;
    },
    refresh() {
      snapshot = readSnapshot();
    },
  };
}
