/** A passphrase shorter than this is refused: it would be guessed regardless of the iteration count. */
export const MIN_PASSPHRASE_LENGTH = 8;
