// The run's time budget (`timeout-seconds`): one object, owned by the run and handed to every AWS client and every
// retry loop. Past the deadline no call starts, a call in flight is aborted, and no backoff sleeps past it.

/** The error a call gets when the time budget ran out before or during it. */
export class TimeBudgetExceeded extends Error {
  /** `label` names the budget when it is not the step's own (e.g. one target's share of it). */
  constructor(
    readonly seconds: number,
    label?: string
  ) {
    super(`time budget exceeded (${label ?? `timeout-seconds: ${seconds}`})`)
    this.name = 'TimeBudgetExceeded'
  }
}

export class TimeBudget {
  readonly deadline: number
  private readonly controller = new AbortController()

  /** `seconds` from `now`; Infinity for no deadline. `label` names it in its error (default: timeout-seconds). */
  constructor(
    readonly seconds: number,
    now: number = Date.now(),
    readonly label?: string
  ) {
    this.deadline = now + seconds * 1000
    if (Number.isFinite(this.deadline)) {
      const timer = setTimeout(
        () => this.controller.abort(new TimeBudgetExceeded(seconds, label)),
        Math.max(0, this.deadline - Date.now())
      )
      timer.unref() // the budget never keeps the process alive
    }
  }

  /** A budget without a deadline (tests, and pure code paths that need one). */
  static unlimited(): TimeBudget {
    return new TimeBudget(Infinity)
  }

  /** Aborted when the budget runs out. */
  get signal(): AbortSignal {
    return this.controller.signal
  }

  timeLeftMs(now: number = Date.now()): number {
    return this.deadline - now
  }

  /** The budget's error when it has run out, else undefined. */
  exceeded(now: number = Date.now()): TimeBudgetExceeded | undefined {
    return this.controller.signal.aborted || now >= this.deadline
      ? new TimeBudgetExceeded(this.seconds, this.label)
      : undefined
  }

  /** `promise`, or TimeBudgetExceeded when the budget runs out first (for calls that take no abort signal). */
  race<T>(promise: Promise<T>): Promise<T> {
    const exceeded = this.exceeded()
    if (exceeded) return Promise.reject(exceeded)
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => reject(new TimeBudgetExceeded(this.seconds, this.label))
      this.signal.addEventListener('abort', onAbort, { once: true })
      promise.then(
        (value) => {
          this.signal.removeEventListener('abort', onAbort)
          resolve(value)
        },
        (error: unknown) => {
          this.signal.removeEventListener('abort', onAbort)
          reject(error)
        }
      )
    })
  }
}
