/**
 * Longest time typed note text lives only in memory before it is written to IndexedDB (plus the write itself).
 * Short enough that nothing noticeable is lost on a crash, long enough that a fast typist does not cause a write
 * (and a re-read of the notes list) per keystroke. Kept ≤ 150 ms.
 */
export const NOTE_SAVE_DEBOUNCE_MS = 120;
