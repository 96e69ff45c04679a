export { useLazyNamespace } from '../../i18n/use-lazy-namespace';
