/** Text put into an HTML part, with the five characters HTML gives meaning to escaped. */
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A template's `{name}` placeholders filled; an unknown one stays visible so it is noticed. */
export const fillTemplate = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
