/**
 * Line and column (both 1-based) of offsets in one text. The line starts are found
 * once, then each lookup is a binary search, so locating every tag of a large page
 * stays linear.
 */
export function lineLocator(text: string): (offset: number) => { line: number; column: number } {
  const newlines: number[] = [];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) newlines.push(index);
  return (offset) => {
    let low = 0;
    let high = newlines.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (newlines[middle]! < offset) low = middle + 1;
      else high = middle;
    }
    return { line: low + 1, column: offset - (low === 0 ? -1 : newlines[low - 1]!) };
  };
}
