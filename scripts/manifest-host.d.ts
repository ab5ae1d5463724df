export const DEV_ORIGIN: string;
export function rewriteManifestHost(xml: string, host: string): string;
