// The report's time granularity, on its own so that the popup can read it without the schema (TypeBox).
export const WINDOW_SECONDS = 300; // reports carry the start of a 5-minute window, never the exact time
