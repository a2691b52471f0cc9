// The process ends when its work is done. A request nobody can abort — the runner's OIDC token service takes no abort
// signal, so the time budget can only stop waiting for it — would otherwise keep a finished step alive until the
// runner's job timeout. Once the run has returned, whatever still holds the event loop gets a moment, then the process
// exits as soon as what it printed has been written out (stdout and stderr may be asynchronous pipes).

const GRACE_MS = 200

export function exitWhenDone(): void {
  const timer = setTimeout(() => {
    process.stdout.write('', () => process.stderr.write('', () => process.exit()))
  }, GRACE_MS)
  // Unreferenced: a process with nothing left pending ends at once, as it always did.
  timer.unref()
}
