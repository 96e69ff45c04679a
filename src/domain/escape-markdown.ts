/**
 * User text as Markdown text that prints as typed: `<b>` stays those three characters (never
 * markup, even in a viewer that allows HTML), and no line becomes a heading, a quote or a list.
 * Line breaks are left to the caller.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>&#|~]/g, '\\$&')
    .replace(/^(\s*)([+=-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}
