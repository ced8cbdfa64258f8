const formatter = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit' });

// Every call asks; time-zone formatting is slow enough to matter on the hot path, and a month only
// changes on the hour (Copenhagen's offset is whole hours), so the answer is kept per UTC hour.
let cached: { hour: number; month: string } | null = null;

/** The calendar month in Danish time as `YYYY-MM`: a budget month starts at midnight in Copenhagen. */
export function monthOf(at: Date): string {
  const hour = Math.floor(at.getTime() / 3_600_000);
  if (cached?.hour === hour) return cached.month;
  const parts = formatter.formatToParts(at);
  const year = parts.find((p) => p.type === 'year')!.value;
  const month = parts.find((p) => p.type === 'month')!.value;
  cached = { hour, month: `${year}-${month}` };
  return cached.month;
}

const DANISH_MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

export function danishMonth(month: string): string {
  const [y, m] = month.split('-');
  return `${DANISH_MONTHS[Number(m) - 1] ?? m} ${y}`;
}
