/** For config secrets: a missing one stops the start with its name, instead of failing later in a stranger way. */
export function requiredEnv<T>(value: T | undefined, name: string): T {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    throw new Error(
      `${name} is not set. Run \`npm start\` once to generate cms/.env, or see cms/.env.example.`,
    );
  }
  return value;
}
