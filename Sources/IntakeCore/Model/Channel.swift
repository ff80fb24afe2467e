/// The kind of door a complaint came through.
public enum Channel: String, Codable, Sendable, CaseIterable {
    case email
    case webhook
    case sms
    case hotline
    case social
    case manual
}

/// What a complaint is about, as triage or the door classified it.
public enum ComplaintCategory: String, Codable, Sendable, CaseIterable {
    case serviceAttitude = "service_attitude"
    case productQuality = "product_quality"
    case logistics
    case billing
    case safety
    case facility
    case suggestion
    case other
}
