// The provider filter's <select> values: '' for every provider, NONE for failures no provider was
// recognised for (no provider id has a '~'), otherwise the provider id.
export const ALL = '';
export const NONE = '~none';

export function choiceOf(provider: string | null): string {
  return provider === null ? NONE : provider;
}

/** The 'history' request's provider for a choice: undefined = every provider. */
export function providerOfChoice(choice: string): string | null | undefined {
  return choice === ALL ? undefined : choice === NONE ? null : choice;
}
