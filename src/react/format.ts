const numberFormats = new Map<string, Intl.NumberFormat>();

/** Integer counts, localised; one cached formatter per locale. */
export function formatCount(value: number, locale: string | undefined): string {
  const key = locale ?? 'en-US';
  let fmt = numberFormats.get(key);
  if (!fmt) {
    try {
      fmt = new Intl.NumberFormat(key, { maximumFractionDigits: 0 });
    } catch {
      fmt = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
    }
    numberFormats.set(key, fmt);
  }
  return fmt.format(value);
}
