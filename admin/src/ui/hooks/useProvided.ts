import { useContext, type Context } from 'react';

/** A context that has no sensible default: reading it outside its provider is a programming error, said by name. */
export function useProvided<T>(context: Context<T | null>, hook: string, provider: string): T {
  const value = useContext(context);
  if (!value) throw new Error(`${hook} needs a <${provider}> above it`);
  return value;
}
