/** Midnight UTC of an ISO day ("2017-02-16"), so that a day means the same in every time zone. */
export const dayStart = (isoDay: string) => new Date(`${isoDay}T00:00:00Z`);

/** The ISO day (UTC) a moment falls on. */
export const toIsoDay = (date: Date) => date.toISOString().slice(0, 10);
