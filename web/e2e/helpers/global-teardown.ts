export default async function globalTeardown() {
  await globalThis.skinfactsStack?.stop();
}
