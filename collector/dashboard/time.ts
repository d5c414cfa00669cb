// Window starts as short UTC times for the page.
export function hhmm(windowSeconds: number): string {
  return new Date(windowSeconds * 1000).toISOString().slice(11, 16);
}

export function dayAndTime(windowSeconds: number): string {
  const iso = new Date(windowSeconds * 1000).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}
