/**
 * The model index's filters work with CSS alone (`:has` on checked radios), so they
 * need no script and work with JavaScript off. One rule per family and host, made
 * from the same lists the page is, so adding a family or host needs no CSS by hand.
 */
export function modelFilterCss(familyIds: readonly string[], hostIds: readonly string[]): string {
  const selectors = [
    ...familyIds.map((id) => `.models:has(#family-${id}:checked) .family-group:not([data-family='${id}'])`),
    ...hostIds.map(
      (id) => `.models:has(#host-${id}:checked) :is(.model-row:not([data-host='${id}']), .family-group:not(:has([data-host='${id}'])))`,
    ),
  ];
  return selectors.length === 0 ? '' : `${selectors.join(',\n')} {\n  display: none;\n}\n`;
}
