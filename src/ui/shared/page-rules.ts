/*
 * The print page sizes, set by a <style> element while a printable screen is shown. Every text a
 * <style> element of the app carries is listed in RUNTIME_STYLES: the Content-Security-Policy
 * allows exactly these by hash (vite.config.ts, scripts/csp.ts), so keep them constant.
 */
export const BRIEF_PAGE_RULE = '@page { size: A4 portrait; margin: 14mm 16mm; }';
export const PRINT_PAGE_RULE = '@page { size: A4 portrait; margin: 0; }';
export const RUNTIME_STYLES = [BRIEF_PAGE_RULE, PRINT_PAGE_RULE] as const;
