/// The rules a ``RuleTriage`` classifies by, as `config/triage.yaml` states them.
public struct TriageRules: Sendable {
    /// Words and patterns that make a rule fire.
    public struct Phrases: Sendable, Hashable {
        /// Plain phrases, matched case-insensitively (ASCII phrases at word boundaries, Chinese anywhere).
        public var keywords: [String]
        /// Regular expressions, matched case-insensitively against the normalised text.
        public var patterns: [String]
        /// Longer phrases that contain a keyword in a harmless sense (`媒体播放器`, `police uniform`): a keyword match
        /// inside one of them does not count.
        public var except: [String]
        /// Regular expressions for harmless senses (`法院(路|街|对面)`, `court (road|lane)`).
        public var exceptPatterns: [String]

        /// Creates phrases.
        public init(keywords: [String] = [], patterns: [String] = [], except: [String] = [], exceptPatterns: [String] = []) {
            self.keywords = keywords
            self.patterns = patterns
            self.except = except
            self.exceptPatterns = exceptPatterns
        }
    }

    /// A rule voting for a category.
    public struct CategoryRule: Sendable, Hashable {
        /// The rule's name, used in explanations (`category.billing`).
        public var name: String
        /// The category it votes for.
        public var category: ComplaintCategory
        /// What it looks for.
        public var phrases: Phrases
        /// Votes per distinct phrase found.
        public var weight: Int

        /// Creates a rule.
        public init(name: String, category: ComplaintCategory, phrases: Phrases, weight: Int = 1) {
            self.name = name
            self.category = category
            self.phrases = phrases
            self.weight = weight
        }
    }

    /// A rule making a complaint urgent.
    public struct UrgentRule: Sendable, Hashable {
        /// The rule's name (`urgent.media`).
        public var name: String
        /// The urgency reason it gives (`media`, `legal`, `regulator`, `police`, `safety`).
        public var reason: String
        /// What it looks for.
        public var phrases: Phrases

        /// Creates a rule.
        public init(name: String, reason: String, phrases: Phrases) {
            self.name = name
            self.reason = reason
            self.phrases = phrases
        }
    }

    /// Words that change what a trigger means: negations, reported speech, and what ends their reach.
    public struct Cues: Sendable, Hashable {
        /// Phrases that negate a trigger following them in the same clause (`不想`, `not going to`, `no need to`).
        public var negations: [String]
        /// How many characters a negation reaches forward.
        public var negationReach: Int
        /// Phrases that mark what follows in the same sentence as someone else's words (`新闻`, `headline`).
        public var reported: [String]
        /// Phrases after which a negation or reported-speech cue before them no longer applies: the customer speaking
        /// for themselves again (`我就`, `I will`) or a contrast (`但是`, `otherwise`).
        public var resets: [String]

        /// Creates cues.
        public init(negations: [String] = [], negationReach: Int = 20, reported: [String] = [], resets: [String] = []) {
            self.negations = negations
            self.negationReach = negationReach
            self.reported = reported
            self.resets = resets
        }
    }

    /// How severity is derived.
    public struct Severity: Sendable, Hashable {
        /// A raise of severity by a fact about the complainant.
        public struct Raise: Sendable, Hashable {
            /// Levels to raise by (1 makes level 3 a level 2).
            public var by: Int
            /// The most severe level a raise reaches (2: a raise never makes a complaint level 1).
            public var mostSevere: Int

            /// Creates a raise.
            public init(by: Int = 1, mostSevere: Int = 2) {
                self.by = by
                self.mostSevere = mostSevere
            }
        }

        /// The level of an urgent complaint.
        public var urgent: Int
        /// The level of each category when not urgent.
        public var categories: [ComplaintCategory: Int]
        /// The level of a category not listed.
        public var fallback: Int
        /// Earlier linked complaints (within the linking window) from which a complaint counts as a repeat.
        public var repeatAfter: Int
        /// The raise of a repeat complaint; `nil` for none.
        public var repeatRaise: Raise?
        /// Contact keys (`phone:+86…`, `customer:C-1001`) of customers whose complaints are raised.
        public var vipContacts: Set<String>
        /// The raise of a VIP's complaint; `nil` for none.
        public var vipRaise: Raise?

        /// Creates severity rules.
        public init(
            urgent: Int = 1,
            categories: [ComplaintCategory: Int] = [:],
            fallback: Int = 3,
            repeatAfter: Int = 2,
            repeatRaise: Raise? = Raise(),
            vipContacts: Set<String> = [],
            vipRaise: Raise? = Raise()
        ) {
            self.urgent = urgent
            self.categories = categories
            self.fallback = fallback
            self.repeatAfter = repeatAfter
            self.repeatRaise = repeatRaise
            self.vipContacts = vipContacts
            self.vipRaise = vipRaise
        }
    }

    /// Category rules, in priority order: on a tie the category of the earlier rule wins.
    public var categories: [CategoryRule]
    /// The category when no rule votes (and no model is sure).
    public var fallbackCategory: ComplaintCategory
    /// A model learned from labelled complaints, asked when the category rules are not sure.
    public var categoryModel: CategoryModel?
    /// How many votes the rules' winner must lead the next category by for the rules to decide alone.
    public var modelMargin: Int
    /// Urgent triggers.
    public var urgent: [UrgentRule]
    /// Negation, reported-speech and commitment cues.
    public var cues: Cues
    /// Severity.
    public var severity: Severity
    /// Deadlines.
    public var sla: SLAPolicy
    /// Cross-channel linking; `nil` for none.
    public var linking: ContactLinking?

    /// Creates rules.
    public init(
        categories: [CategoryRule] = [],
        fallbackCategory: ComplaintCategory = .other,
        categoryModel: CategoryModel? = nil,
        modelMargin: Int = 2,
        urgent: [UrgentRule] = [],
        cues: Cues = Cues(),
        severity: Severity = Severity(),
        sla: SLAPolicy = SLAPolicy(),
        linking: ContactLinking? = ContactLinking()
    ) {
        self.categories = categories
        self.fallbackCategory = fallbackCategory
        self.categoryModel = categoryModel
        self.modelMargin = modelMargin
        self.urgent = urgent
        self.cues = cues
        self.severity = severity
        self.sla = sla
        self.linking = linking
    }
}
