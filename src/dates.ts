/** Calendar dates as YYYY-MM-DD strings, without local-timezone shifts. */

/** The build date: SOURCE_DATE_EPOCH when set (reproducible builds), else today in UTC. */
export function todayIso(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const sde = env.SOURCE_DATE_EPOCH;
  const d = sde && /^\d+$/.test(sde) ? new Date(Number(sde) * 1000) : now;
  return d.toISOString().slice(0, 10);
}

/** Adds whole days to a YYYY-MM-DD date. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
