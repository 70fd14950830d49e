// Shared pieces for tests of pages and server actions that read the session: next/navigation's
// redirect() and forbidden() as throws the test can see, and a session for a real `sessions` row.
export class Redirected extends Error {
  constructor(readonly location: string) {
    super(`redirect:${location}`);
  }
}

export class Forbidden extends Error {
  constructor() {
    super("forbidden");
  }
}

export const navigationMock = () => ({
  redirect: (location: string) => {
    throw new Redirected(location);
  },
  forbidden: () => {
    throw new Forbidden();
  },
  notFound: () => {
    throw new Error("notFound");
  },
});

/** What the action threw: the redirect's location, "forbidden", or the error itself. */
export async function outcome(work: () => Promise<unknown>): Promise<string> {
  try {
    await work();
  } catch (error) {
    if (error instanceof Redirected) return error.location;
    if (error instanceof Forbidden) return "forbidden";
    throw error;
  }
  return "returned";
}
