// Messages are kept by id, in both languages, with {placeholders} (as typescript-eslint does).

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type Localized = Record<Locale, string>;
export type MessageData = Record<string, string | number>;

export function format(template: string, data: MessageData = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

export function localize(message: Localized, locale: Locale, data?: MessageData): string {
  return format(message[locale] ?? message['zh-CN'], data);
}
