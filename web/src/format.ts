const dateTime = new Intl.DateTimeFormat('da-DK', { dateStyle: 'medium', timeStyle: 'short' });
const date = new Intl.DateTimeFormat('da-DK', { dateStyle: 'medium' });
const number = new Intl.NumberFormat('da-DK');
const dkk = new Intl.NumberFormat('da-DK', { style: 'currency', currency: 'DKK', maximumFractionDigits: 2 });

export const formatDateTime = (iso: string | null | undefined) => (iso ? dateTime.format(new Date(iso)) : '–');
export const formatDate = (iso: string | null | undefined) => (iso ? date.format(new Date(iso)) : '–');
export const formatNumber = (n: number | null | undefined, digits = 0) =>
  n === null || n === undefined ? '–' : new Intl.NumberFormat('da-DK', { maximumFractionDigits: digits }).format(n);
export const formatInt = (n: number) => number.format(n);
export const formatDkk = (n: number | null | undefined) => (n === null || n === undefined ? '–' : dkk.format(n));
