/** A count with its word, in the plural but for one: `1 note`, `3 notes`, `0 workflows`. */
export const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
