/** Who composes announcements: republican administrators and regional staff (analysts only read them). */
export function composesAnnouncements(role: string | null): boolean {
  return role === 'REPUBLICAN_ADMIN' || role === 'REGIONAL_STAFF';
}
