/** Vietnamese number format: decimal comma, dot for thousands ("1.234,5"). */
const formatters = new Map<number, Intl.NumberFormat>();

export function formatNumber(value: number, maxFractionDigits = 1): string {
  let formatter = formatters.get(maxFractionDigits);
  if (!formatter) {
    formatter = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: maxFractionDigits });
    formatters.set(maxFractionDigits, formatter);
  }
  return formatter.format(value);
}

/** "96,4 %" with a no-break space, so the sign never wraps onto its own line. */
export function formatPercent(value: number, maxFractionDigits = 1): string {
  return `${formatNumber(value, maxFractionDigits)}\u00a0%`;
}
