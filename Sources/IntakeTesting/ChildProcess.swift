import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs a program to completion with `posix_spawn` and `waitpid`, collecting its output. Tests use it instead of
/// Foundation's `Process` for short commands: with many children started at once from several threads, `Process` was
/// seen to miss a child's exit (the child stayed a zombie and `waitUntilExit` never returned), hanging the suite.
public enum ChildProcess {
    /// How a run ended.
    public struct Outcome: Sendable {
        /// The exit status (128 + the signal for a child killed by one).
        public var status: Int32
        /// What it wrote to standard output (and standard error, when merged).
        public var output: String
        /// What it wrote to standard error, when not merged.
        public var errors: String
    }

    /// A program that could not be started.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Runs `executable` (a path) with `arguments`, `input` on its standard input, in `directory`, with
    /// `environment` added to this process's. Blocks the calling thread until it ends.
    public static func run(
        _ executable: String,
        _ arguments: [String],
        input: String? = nil,
        environment: [String: String] = [:],
        directory: String? = nil,
        mergeErrors: Bool = false
    ) throws -> Outcome {
        // A child that exits before reading its input must not kill the tests with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        let (program, argv, envp) = commandLine(executable, arguments, environment: environment, directory: directory)

        var stdinPipe: [Int32] = [0, 0]
        var stdoutPipe: [Int32] = [0, 0]
        var stderrPipe: [Int32] = [0, 0]
        // Close-on-exec: a child another thread starts meanwhile must not inherit these pipes (it would hold them open
        // and this read would never see their end). posix_spawn's dup2 gives this child its own copies.
        guard pipe(&stdinPipe) == 0, pipe(&stdoutPipe) == 0, pipe(&stderrPipe) == 0 else {
            throw Failure(description: "pipe: \(String(cString: strerror(errno)))")
        }
        for descriptor in stdinPipe + stdoutPipe + stderrPipe { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdinPipe[0], 0)
        posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, mergeErrors ? stdoutPipe[1] : stderrPipe[1], 2)

        var pid: pid_t = 0
        let spawned = withCStrings(argv) { argvPointers in
            withCStrings(envp) { envPointers in
                posix_spawn(&pid, program, &actions, nil, argvPointers, envPointers)
            }
        }
        close(stdinPipe[0])
        close(stdoutPipe[1])
        close(stderrPipe[1])
        guard spawned == 0 else {
            close(stdinPipe[1])
            close(stdoutPipe[0])
            close(stderrPipe[0])
            throw Failure(description: "cannot start \(executable): \(String(cString: strerror(spawned)))")
        }
        if let input {
            let bytes = Array(input.utf8)
            let total = bytes.count
            var offset = 0
            while offset < total {
                let written = bytes.withUnsafeBytes { write(stdinPipe[1], $0.baseAddress! + offset, total - offset) }
                if written <= 0 { break }
                offset += written
            }
        }
        close(stdinPipe[1])

        // Both pipes are read as they fill, so a child writing much to one is never stuck on the other.
        var output: [UInt8] = []
        var errors: [UInt8] = []
        var open: [Int32] = [stdoutPipe[0], stderrPipe[0]]
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var status: Int32 = 0
        var exited = false
        while !open.isEmpty {
            var fds = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            // Once the child has ended, what it wrote is in the pipes: read it without waiting for their end (a
            // grandchild may still hold them).
            let ready = poll(&fds, nfds_t(fds.count), exited ? 0 : 100)
            if ready == 0 {
                if exited { break }
                exited = waitpid(pid, &status, WNOHANG) == pid
                continue
            }
            if ready < 0 {
                if errno == EINTR { continue }
                break
            }
            for entry in fds where entry.revents != 0 {
                let count = read(entry.fd, &buffer, buffer.count)
                if count > 0 {
                    if entry.fd == stdoutPipe[0] { output += buffer[0..<count] } else { errors += buffer[0..<count] }
                } else {
                    close(entry.fd)
                    open.removeAll { $0 == entry.fd }
                }
            }
        }
        for descriptor in open { close(descriptor) }
        while !exited, waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { break }
        }
        let signal = status & 0x7f
        let exit = signal == 0 ? (status >> 8) & 0xff : 128 + signal
        return Outcome(status: exit, output: String(decoding: output, as: UTF8.self), errors: String(decoding: errors, as: UTF8.self))
    }

    /// A program started with ``start(_:_:environment:directory:log:)`` and left running: a gateway under test, a
    /// receiver. Its exit is seen by `waitpid`, never missed.
    public final class Running: @unchecked Sendable {
        // Touched by one test task at a time.
        /// The child's process id.
        public let pid: Int32
        private var status: Int32?

        init(pid: Int32) { self.pid = pid }

        /// Whether it has not exited yet (it is reaped as soon as it has).
        public var isRunning: Bool {
            guard status == nil else { return false }
            var raw: Int32 = 0
            let result = waitpid(pid, &raw, WNOHANG)
            if result == pid {
                let signal = raw & 0x7f
                status = signal == 0 ? (raw >> 8) & 0xff : 128 + signal
            } else if result < 0, errno == ECHILD {
                status = -1
            }
            return status == nil
        }

        /// The exit status once it has exited (128 + the signal for one killed by a signal), else `nil`.
        public var exitStatus: Int32? {
            _ = isRunning
            return status
        }

        /// Sends `signal` unless it has exited (its pid may be another process's by then).
        public func send(_ signal: Int32) {
            if isRunning { Glibc.kill(pid, signal) }
        }

        /// Waits until it exits, `limit` at most, without blocking a thread of the cooperative pool for long.
        /// - Returns: whether it exited.
        @discardableResult
        public func waitForExit(limit: Duration) async -> Bool {
            let deadline = ContinuousClock.now + limit
            while isRunning, ContinuousClock.now < deadline { try? await Task.sleep(for: .milliseconds(10)) }
            return !isRunning
        }

        /// ``waitForExit(limit:)`` for synchronous callers (a deinit).
        @discardableResult
        public func waitForExitBlocking(limit: Duration) -> Bool {
            let deadline = ContinuousClock.now + limit
            while isRunning, ContinuousClock.now < deadline { usleep(10_000) }
            return !isRunning
        }
    }

    /// Starts `executable` with `arguments` in `directory`, with `environment` added to this process's, its standard
    /// output and standard error appended to the file `log`, its standard input empty.
    public static func start(
        _ executable: String,
        _ arguments: [String],
        environment: [String: String] = [:],
        directory: String? = nil,
        log: String
    ) throws -> Running {
        let (program, argv, envp) = commandLine(executable, arguments, environment: environment, directory: directory)
        let output = open(log, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        let input = open("/dev/null", O_RDONLY | O_CLOEXEC)
        guard output >= 0, input >= 0 else { throw Failure(description: "cannot open \(log): \(String(cString: strerror(errno)))") }
        defer {
            close(output)
            close(input)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, input, 0)
        posix_spawn_file_actions_adddup2(&actions, output, 1)
        posix_spawn_file_actions_adddup2(&actions, output, 2)
        var pid: pid_t = 0
        let spawned = withCStrings(argv) { argvPointers in
            withCStrings(envp) { envPointers in
                posix_spawn(&pid, program, &actions, nil, argvPointers, envPointers)
            }
        }
        guard spawned == 0 else { throw Failure(description: "cannot start \(executable): \(String(cString: strerror(spawned)))") }
        return Running(pid: pid)
    }

    /// What to spawn: the program, its arguments and its environment (this process's with `environment` added). In a
    /// `directory`, the program runs under `env -C`, which changes to it first (coreutils 8.28 and later).
    private static func commandLine(
        _ executable: String,
        _ arguments: [String],
        environment: [String: String],
        directory: String?
    ) -> (program: String, argv: [String], envp: [String]) {
        let merged = ProcessInfo.processInfo.environment.merging(environment) { _, given in given }
        let envp = merged.map { "\($0.key)=\($0.value)" }
        guard let directory else { return (executable, [executable] + arguments, envp) }
        return ("/usr/bin/env", ["/usr/bin/env", "-C", directory, executable] + arguments, envp)
    }

    private static func withCStrings<T>(_ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> T) -> T {
        var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
        pointers.append(nil)
        defer { for pointer in pointers { free(pointer) } }
        return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}
