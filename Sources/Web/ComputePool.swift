import Foundation
import Metrics
import NIOCore
import NIOPosix
import Synchronization

/// Where solves, projections and commissioning plans run: a few threads of their own, never the event loops
/// or Swift's cooperative threads that serve requests, so that pages, reads, /healthz and /metrics stay fast
/// however many heavy requests arrive.
///
/// At most `workers` jobs run at once and at most `queueLength` more wait; the next is refused at once with
/// `ComputePoolError.busy` (a 503 with `Retry-After`), and so is a job that waits `jobSeconds` without
/// starting (it is then skipped). Each job is handed a deadline `jobSeconds` after it starts, which the
/// solvers honour; a job that still runs `graceSeconds` past it gets `timedOut` while its thread finishes in
/// the background (it still counts against the queue until it does, so the pool never takes on more than it
/// can run).
public final class ComputePool: Sendable {
    public struct Configuration: Sendable, Equatable {
        public var workers: Int
        public var queueLength: Int
        public var jobSeconds: Int

        /// One worker per core but one, so that a core is always left for serving requests.
        public static var sizedToMachine: Configuration {
            Configuration(
                workers: max(1, ProcessInfo.processInfo.activeProcessorCount - 1), queueLength: 16, jobSeconds: 30)
        }

        public init(workers: Int, queueLength: Int, jobSeconds: Int) {
            self.workers = workers
            self.queueLength = queueLength
            self.jobSeconds = jobSeconds
        }
    }

    public let configuration: Configuration
    private let threads: NIOThreadPool
    /// Jobs admitted and not yet finished (running or waiting).
    private let admitted = Mutex(0)
    private static let graceSeconds: Int64 = 2
    /// For /metrics: jobs running or waiting, how long each waited for a thread, and refusals.
    private let loadGauge = Gauge(label: "skillmix_pool_jobs")
    private let waitTimer = Metrics.Timer(label: "skillmix_pool_wait_seconds")
    private let refusals = Counter(label: "skillmix_pool_refused_total")

    public init(configuration: Configuration) {
        self.configuration = configuration
        threads = NIOThreadPool(numberOfThreads: configuration.workers)
        threads.start()
    }

    /// Jobs running or waiting now (for /metrics and tests).
    public var load: Int { admitted.withLock { $0 } }

    /// Runs `work` on a pool thread with its deadline, or throws `busy` at once when the queue is full.
    public func run<T: Sendable>(_ work: @escaping @Sendable (ContinuousClock.Instant) throws -> T) async throws -> T {
        let capacity = configuration.workers + configuration.queueLength
        let entered = admitted.withLock { count in
            guard count < capacity else { return false }
            count += 1
            return true
        }
        guard entered else {
            refusals.increment()
            throw ComputePoolError.busy(retryAfterSeconds: configuration.jobSeconds)
        }
        loadGauge.record(load)
        let seconds = configuration.jobSeconds
        let admittedAt = ContinuousClock.now
        return try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            let answer = Answer(continuation)
            let queueTimer = MultiThreadedEventLoopGroup.singleton.any().scheduleTask(in: .seconds(Int64(seconds))) {
                answer.abandonIfWaiting(ComputePoolError.busy(retryAfterSeconds: seconds))
            }
            threads.submit { state in
                defer {
                    self.admitted.withLock { $0 -= 1 }
                    self.loadGauge.record(self.load)
                }
                queueTimer.cancel()
                guard case .active = state else {
                    answer.give(.failure(ComputePoolError.shuttingDown))
                    return
                }
                // Its caller has had a 503 already.
                guard answer.start() else { return }
                let startedAt = ContinuousClock.now
                self.waitTimer.record(duration: startedAt - admittedAt)
                let deadline = startedAt.advanced(by: .seconds(seconds))
                // The answer goes out on time even if the work ignores its deadline.
                let timer = MultiThreadedEventLoopGroup.singleton.any().scheduleTask(
                    in: .seconds(Int64(seconds) + Self.graceSeconds)
                ) {
                    answer.give(.failure(ComputePoolError.timedOut(seconds: seconds)))
                }
                let result = Result { try work(deadline) }
                timer.cancel()
                answer.give(result)
            }
        }
    }

    public func shutdown() async throws {
        try await threads.shutdownGracefully()
    }
}

/// A job's continuation, resumed exactly once: by the work, by its run timer, or by its queue timer if the job
/// never started.
private final class Answer<T: Sendable>: Sendable {
    private struct State {
        var continuation: CheckedContinuation<T, any Error>?
        var started = false
    }
    private let state: Mutex<State>

    init(_ continuation: CheckedContinuation<T, any Error>) { state = Mutex(State(continuation: continuation)) }

    func give(_ result: Result<T, any Error>) {
        state.withLock { state in
            state.continuation?.resume(with: result)
            state.continuation = nil
        }
    }

    /// Marks the job as running; false when it was abandoned while it waited.
    func start() -> Bool {
        state.withLock { state in
            guard state.continuation != nil else { return false }
            state.started = true
            return true
        }
    }

    /// Answers with `error` if the job has not started yet.
    func abandonIfWaiting(_ error: any Error) {
        state.withLock { state in
            guard !state.started else { return }
            state.continuation?.resume(throwing: error)
            state.continuation = nil
        }
    }
}

/// Why the pool did not give an answer.
public enum ComputePoolError: Error, Sendable, Equatable {
    /// Every worker is busy and the queue is full.
    case busy(retryAfterSeconds: Int)
    /// The job ran past its time limit.
    case timedOut(seconds: Int)
    /// The app is stopping.
    case shuttingDown
}
