export default async function globalTeardown() {
  await globalThis.skinfactsScale?.stack.stop();
  await globalThis.skinfactsScale?.redisLink.close();
}
