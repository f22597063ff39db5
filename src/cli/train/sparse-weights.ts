/** The nonzero weights as integer pairs, as the models' files hold them: the gap from the previous index, then the weight times `scale`. */
export function sparseWeights(weights: Float64Array, scale: number): string {
  const out: number[] = [];
  let previous = 0;
  weights.forEach((weight, index) => {
    const value = Math.round(weight * scale);
    if (value === 0) return;
    out.push(index - previous, value);
    previous = index;
  });
  return out.join(' ');
}
