// swift-tools-version:6.2
// The swift-tools-version declares the minimum version of Swift required to build this package.

import PackageDescription

let swiftSettings: [SwiftSetting] = [
    // https://github.com/apple/swift-evolution/blob/main/proposals/0335-existential-any.md
    .enableUpcomingFeature("ExistentialAny"),
    // https://github.com/swiftlang/swift-evolution/blob/main/proposals/0444-member-import-visibility.md
    .enableUpcomingFeature("MemberImportVisibility"),
    // https://github.com/swiftlang/swift-evolution/blob/main/proposals/0409-access-level-on-imports.md
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "intake",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "intake", targets: ["intake"]),
        .library(name: "IntakeCore", targets: ["IntakeCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/vapor/multipart-kit.git", from: "4.7.1"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
    ],
    targets: [
        // The model, validation, journal and sink protocols, the intake path, delivery and replay.
        // No web framework, no storage engine.
        .target(
            name: "IntakeCore",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        // The embedded default journal.
        .target(
            name: "IntakeStoreSQLite",
            dependencies: [
                "IntakeCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        // The journal in PostgreSQL, shared by several gateway replicas.
        .target(
            name: "IntakeStorePostgres",
            dependencies: [
                "IntakeCore",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        // Built-in sinks: JSON Lines file, stdout, HTTP (signed, async-http-client), PostgreSQL (postgres-nio).
        .target(
            name: "IntakeSinks",
            dependencies: [
                "IntakeCore",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        // The webhook door: signature schemes, payload formats (call records, mentions, CTI, FreeSWITCH, WeChat,
        // declarative mappings). Given a request, returns drafts or a typed error; the server only mounts it.
        .target(
            name: "IntakeWebhook",
            dependencies: [
                "IntakeCore",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "adapters/webhook",
            swiftSettings: swiftSettings
        ),
        // libcurl, the e-mail door's IMAP transport (TLS, certificate checks, login); Debian's libcurl4-openssl-dev.
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        // The e-mail door: IMAP mailboxes polled through libcurl with a UID cursor, MIME and charset decoding.
        .target(
            name: "IntakeEmail",
            dependencies: [
                "CCurl",
                "IntakeCore",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            path: "adapters/email",
            swiftSettings: swiftSettings
        ),
        // The SMS door: Twilio, Vonage, Telnyx, Plivo, Alibaba Cloud and Tencent Cloud inbound-message callbacks.
        .target(
            name: "IntakeSMS",
            dependencies: [
                "IntakeCore",
                "IntakeWebhook",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "adapters/sms",
            swiftSettings: swiftSettings
        ),
        // The HTTP application: native door, admin API, health, metrics; configuration and wiring.
        .target(
            name: "IntakeServer",
            dependencies: [
                "IntakeCore",
                "IntakeEmail",
                "IntakeSinks",
                "IntakeSMS",
                "IntakeStorePostgres",
                "IntakeStoreSQLite",
                "IntakeWebhook",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "intake",
            dependencies: [
                "IntakeCore",
                "IntakeEmail",
                "IntakeSMS",
                "IntakeServer",
                "IntakeSinks",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                "IntakeStorePostgres",
                "IntakeStoreSQLite",
            ],
            swiftSettings: swiftSettings
        ),
        // Fakes and the journal conformance suite shared by several test targets.
        .target(
            name: "IntakeTesting",
            dependencies: ["IntakeCore"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "IntakeCoreTests",
            dependencies: [
                "IntakeCore", "IntakeTesting", .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "IntakeStoreSQLiteTests",
            dependencies: [
                "IntakeCore",
                "IntakeStoreSQLite",
                "IntakeTesting",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "IntakeStorePostgresTests",
            dependencies: [
                "IntakeCore",
                "IntakeStorePostgres",
                "IntakeTesting",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "IntakeWebhookTests",
            dependencies: ["IntakeCore", "IntakeTesting", "IntakeWebhook", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "IntakeEmailTests",
            dependencies: ["IntakeCore", "IntakeEmail", "IntakeTesting", .product(name: "Logging", package: "swift-log")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "IntakeSMSTests",
            dependencies: ["IntakeCore", "IntakeSMS", "IntakeTesting", "IntakeWebhook", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "IntakeSinksTests",
            dependencies: ["IntakeCore", "IntakeSinks", "IntakeTesting", .product(name: "Logging", package: "swift-log")],
            exclude: ["Support/receiver.py"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "IntakeServerTests",
            dependencies: [
                "IntakeCore",
                "IntakeEmail",
                "IntakeSMS",
                "IntakeServer",
                "IntakeSinks",
                "IntakeTesting",
                "IntakeWebhook",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        // Runs the built `intake` binary: crash (SIGKILL) and sink-outage tests.
        .testTarget(
            name: "IntegrationTests",
            dependencies: ["intake", "IntakeCore", "IntakeTesting"],
            exclude: [
                "Support/webhook_senders.py", "Support/sms_senders.py", "Support/imap_tool.py", "Support/ui_browser.py", "Support/submit_prompts.py",
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
