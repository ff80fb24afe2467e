internal import CCurl
import Glibc

/// `curl_global_init` once per process, before the first handle (not thread-safe before curl 7.84).
private let curlGlobal: Void = {
    curl_global_init(Int(CURL_GLOBAL_DEFAULT))
}()

/// How to reach and log in to one IMAP server. Its description never shows the password.
public struct IMAPServer: Sendable, Hashable, CustomStringConvertible {
    public var description: String { "\(url) as \(username)" }

    /// `imaps://host:port` (implicit TLS) or `imap://host:port` (STARTTLS when `requireTLS`).
    public var url: String
    /// The login.
    public var username: String
    /// The password (from the environment or a file; never from the configuration text).
    public var password: String
    /// For `imap://`: refuse to go on without STARTTLS.
    public var requireTLS: Bool
    /// Check the server's certificate and host name (on unless explicitly turned off).
    public var verifyCertificate: Bool
    /// A CA bundle to trust instead of the system's.
    public var caFile: String?
    /// How long connecting, TLS and login may take.
    public var connectTimeout: Duration
    /// How long the server may stay silent in mid-response before the session is given up.
    public var readTimeout: Duration

    /// Creates server settings.
    public init(
        url: String,
        username: String,
        password: String,
        requireTLS: Bool = true,
        verifyCertificate: Bool = true,
        caFile: String? = nil,
        connectTimeout: Duration = .seconds(15),
        readTimeout: Duration = .seconds(120)
    ) {
        self.url = url
        self.username = username
        self.password = password
        self.requireTLS = requireTLS
        self.verifyCertificate = verifyCertificate
        self.caFile = caFile
        self.connectTimeout = connectTimeout
        self.readTimeout = readTimeout
    }
}

/// A libcurl connection to an IMAP server: libcurl connects, does TLS (certificate checked) and logs in
/// (`CURLOPT_CONNECT_ONLY`), then carries the session's bytes (`curl_easy_send` / `curl_easy_recv`).
///
/// libcurl's own IMAP commands fetch one message per request and set `\Seen`, and its custom requests cut large
/// responses and can be ended early by a mail line that looks like its next tag; intake therefore speaks IMAP itself
/// over the connection libcurl set up. Every call blocks: use it from one dedicated thread.
public final class CurlConnection: IMAPTransport {
    private let handle: UnsafeMutableRawPointer
    private let errorBuffer: UnsafeMutablePointer<CChar>
    private var socket: curl_socket_t = -1
    private let readTimeoutMilliseconds: Int32

    /// Connects and logs in.
    /// - Throws: `IMAPError` with libcurl's reason (refused, certificate problem, login failed, timeout).
    public init(server: IMAPServer) throws {
        _ = curlGlobal
        guard let handle = curl_easy_init() else { throw IMAPError("libcurl could not create a handle") }
        self.handle = handle
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        readTimeoutMilliseconds = Int32(clamping: max(1, server.readTimeout.wholeMilliseconds))
        // Every stored property is set from here: a throw below runs deinit, which frees the handle and buffer.
        try set(CURLOPT_ERRORBUFFER, pointer: errorBuffer)
        try set(CURLOPT_URL, server.url.hasSuffix("/") ? server.url : server.url + "/")
        try set(CURLOPT_USERNAME, server.username)
        try set(CURLOPT_PASSWORD, server.password)
        try set(CURLOPT_CONNECT_ONLY, 1)
        try set(CURLOPT_NOSIGNAL, 1)
        try set(CURLOPT_CONNECTTIMEOUT_MS, max(1, server.connectTimeout.wholeMilliseconds))
        // Bounds libcurl's own waits for the server (login, and the LOGOUT it sends when the handle is cleaned up),
        // so a dead server cannot hold the mailbox's thread for curl's default of two minutes.
        try set(CURLOPT_SERVER_RESPONSE_TIMEOUT, max(1, Int(server.connectTimeout.components.seconds)))
        try set(CURLOPT_TCP_KEEPALIVE, 1)
        if server.url.lowercased().hasPrefix("imap://") {
            try set(CURLOPT_USE_SSL, Int(server.requireTLS ? CURLUSESSL_ALL.rawValue : CURLUSESSL_TRY.rawValue))
        }
        try set(CURLOPT_SSL_VERIFYPEER, server.verifyCertificate ? 1 : 0)
        try set(CURLOPT_SSL_VERIFYHOST, server.verifyCertificate ? 2 : 0)
        if let caFile = server.caFile { try set(CURLOPT_CAINFO, caFile) }
        let code = curl_easy_perform(handle)
        guard code == CURLE_OK else { throw IMAPError(message(code)) }
        guard intake_curl_active_socket(handle, &socket) == CURLE_OK, socket != -1 else {
            throw IMAPError("libcurl left no open connection after logging in")
        }
    }

    deinit {
        curl_easy_cleanup(handle)
        errorBuffer.deallocate()
    }

    public func send(_ bytes: [UInt8]) throws {
        errorBuffer[0] = 0
        var offset = 0
        while offset < bytes.count {
            var sent = 0
            let code = bytes.withUnsafeBytes { raw in
                curl_easy_send(handle, raw.baseAddress! + offset, raw.count - offset, &sent)
            }
            if code == CURLE_AGAIN {
                try wait(for: Int16(POLLOUT))
                continue
            }
            guard code == CURLE_OK else { throw IMAPError("sending to the server failed: \(message(code))") }
            offset += sent
        }
    }

    public func receive(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        errorBuffer[0] = 0
        while true {
            var received = 0
            let code = curl_easy_recv(handle, buffer.baseAddress, buffer.count, &received)
            if code == CURLE_AGAIN {
                // Only after CURLE_AGAIN: TLS may hold decrypted bytes the socket no longer shows.
                try wait(for: Int16(POLLIN))
                continue
            }
            guard code == CURLE_OK else { throw IMAPError("reading from the server failed: \(message(code))") }
            return received
        }
    }

    private func wait(for events: Int16) throws {
        var descriptor = pollfd(fd: socket, events: events, revents: 0)
        while true {
            let result = poll(&descriptor, 1, readTimeoutMilliseconds)
            if result > 0 { return }
            if result == 0 { throw IMAPError("the server sent nothing for \(readTimeoutMilliseconds / 1000) s") }
            if errno != EINTR { throw IMAPError("waiting for the server failed: errno \(errno)") }
        }
    }

    private func message(_ code: CURLcode) -> String {
        let detail = String(cString: errorBuffer)
        let summary = String(cString: curl_easy_strerror(code))
        return detail.isEmpty ? "\(summary) (curl \(code.rawValue))" : "\(detail) (curl \(code.rawValue): \(summary))"
    }

    private func set(_ option: CURLoption, _ value: Int) throws {
        let code = intake_curl_setopt_long(handle, option, value)
        guard code == CURLE_OK else { throw IMAPError("libcurl refused option \(option.rawValue): \(message(code))") }
    }

    private func set(_ option: CURLoption, _ value: String) throws {
        let code = intake_curl_setopt_string(handle, option, value)
        guard code == CURLE_OK else { throw IMAPError("libcurl refused option \(option.rawValue): \(message(code))") }
    }

    private func set(_ option: CURLoption, pointer: UnsafeMutableRawPointer) throws {
        let code = intake_curl_setopt_pointer(handle, option, pointer)
        guard code == CURLE_OK else { throw IMAPError("libcurl refused option \(option.rawValue): \(message(code))") }
    }

}

extension Duration {
    /// Whole milliseconds, saturating.
    var wholeMilliseconds: Int {
        let (seconds, attoseconds) = components
        let (product, overflow) = seconds.multipliedReportingOverflow(by: 1000)
        return overflow ? Int.max : Int(clamping: product + attoseconds / 1_000_000_000_000_000)
    }
}
