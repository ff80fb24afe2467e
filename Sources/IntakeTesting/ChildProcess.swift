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
        var program = executable
        var argv = [executable] + arguments
        if let directory {
            // `env -C` changes the directory before it runs the program (coreutils 8.28 and later).
            program = "/usr/bin/env"
            argv = ["/usr/bin/env", "-C", directory, executable] + arguments
        }
        let merged = ProcessInfo.processInfo.environment.merging(environment) { _, given in given }
        let envp = merged.map { "\($0.key)=\($0.value)" }

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

    private static func withCStrings<T>(_ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> T) -> T {
        var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
        pointers.append(nil)
        defer { for pointer in pointers { free(pointer) } }
        return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}
