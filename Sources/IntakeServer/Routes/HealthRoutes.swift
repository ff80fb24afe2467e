import Foundation
import Hummingbird
import IntakeCore
import IntakeEmail
import NIOCore
import Prometheus

/// `/healthz` (the process answers), `/readyz` (the journal takes appends) and `/metrics` (Prometheus text format).
struct HealthRoutes {
    let gateway: Gateway

    func register(on router: Router<IntakeRequestContext>) {
        router.get("/healthz") { _, _ in
            JSONResponse.make(.ok, ["status": "ok"])
        }
        router.get("/readyz") { _, _ in
            guard await gateway.journal.isReady() else { return JSONResponse.make(.serviceUnavailable, ["status": "journal unavailable"]) }
            // A mailbox not polled successfully within its interval (plus slack) makes the gateway not ready: mail is
            // piling up unseen.
            let stale = gateway.mailboxes.map(\.health).filter { !$0.isReady() }
            guard stale.isEmpty else {
                let names = stale.map(\.source).joined(separator: ", ")
                return JSONResponse.make(.serviceUnavailable, ["status": "mailbox not polled: \(names)"])
            }
            return JSONResponse.make(.ok, ["status": "ready"])
        }
        router.get("/metrics") { _, _ in
            await refreshGauges()
            var bytes: [UInt8] = []
            gateway.registry.emit(into: &bytes)
            return Response(
                status: .ok,
                headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: bytes))
            )
        }
    }

    static var gauges: [MetricNameDescriptor] {
        [
            .init(namespace: "intake", metricName: "deliveries", unitName: "pending", helpText: "Deliveries not tried yet, per sink"),
            .init(namespace: "intake", metricName: "deliveries", unitName: "retrying", helpText: "Deliveries waiting for a retry, per sink"),
            .init(namespace: "intake", metricName: "deliveries", unitName: "dead", helpText: "Dead deliveries waiting for an operator's replay"),
            .init(namespace: "intake", metricName: "deliveries", unitName: "delivered", helpText: "Deliveries the sink took, per sink"),
            .init(
                namespace: "intake",
                metricName: "oldest_undelivered_age",
                unitName: "seconds",
                helpText: "Age of the oldest complaint not yet delivered, per sink"
            ),
        ]
    }

    /// Delivery counts are read from the journal at scrape time, so they are right after a restart too.
    private func refreshGauges() async {
        guard let statistics = try? await gateway.journal.statistics() else { return }
        let now = Date()
        var seen = Set(statistics.map(\.sink))
        for stats in statistics {
            let labels = [("sink", stats.sink)]
            let age = stats.oldestUndeliveredAt.map { max(0, now.timeIntervalSince($0)) } ?? 0
            let values = [Double(stats.pending), Double(stats.retrying), Double(stats.dead), Double(stats.delivered), age]
            for (gauge, value) in zip(Self.gauges, values) {
                gateway.registry.makeGauge(descriptor: gauge, labels: labels).set(to: value)
            }
        }
        for sink in gateway.configuration.sinks where !seen.contains(sink.name) {
            seen.insert(sink.name)
            let labels = [("sink", sink.name)]
            for gauge in Self.gauges {
                gateway.registry.makeGauge(descriptor: gauge, labels: labels).set(to: 0)
            }
        }
    }
}
