export function devServerHttps(dir?: string): {
  type: 'https';
  options?: { key: Buffer; cert: Buffer; ca: Buffer };
};
