/**
 * Whether two words are at most `max` typing slips apart: a letter missing, extra, wrong, or two
 * neighbours swapped ("samarbjede" for "samarbejde" is one slip). Optimal string alignment
 * distance, computed only as far as needed: it gives up as soon as a row exceeds `max`, which is
 * what keeps a scan of the whole vocabulary fast.
 */
export function withinEditDistance(a: string, b: string, max: number): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return false;
  // Three rows: two before and the current one (the swap looks two rows back).
  let before = new Array<number>(lb + 1);
  let previous = new Array<number>(lb + 1);
  let current = new Array<number>(lb + 1);
  for (let j = 0; j <= lb; j += 1) previous[j] = j;
  for (let i = 1; i <= la; i += 1) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j += 1) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        value = Math.min(value, (before[j - 2] as number) + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return false;
    [before, previous, current] = [previous, current, before];
  }
  return (previous[lb] as number) <= max;
}
