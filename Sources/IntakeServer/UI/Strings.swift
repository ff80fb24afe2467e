import IntakeCore

/// The languages of the web pages: Simplified Chinese and English.
enum UILanguage: String, Sendable, CaseIterable {
    case english = "en"
    case chinese = "zh-Hans"

    /// The page's language: `?lang=` first, then the `intake_lang` cookie, then the browser's `Accept-Language` by
    /// weight (any `zh` is Simplified Chinese here), else English.
    static func negotiate(query: String?, cookie: String?, acceptLanguage: String?) -> UILanguage {
        for chosen in [query, cookie] {
            if let chosen, let language = named(chosen) { return language }
        }
        guard let acceptLanguage else { return .english }
        var best: (UILanguage, Double)?
        for item in acceptLanguage.split(separator: ",") {
            let parts = item.split(separator: ";")
            guard let tag = parts.first?.trimmed().lowercased(), !tag.isEmpty else { continue }
            var weight = 1.0
            for parameter in parts.dropFirst() {
                let pair = parameter.trimmed()
                if pair.hasPrefix("q="), let value = Double(pair.dropFirst(2)) { weight = value }
            }
            guard weight > 0 else { continue }
            let language: UILanguage? =
                if tag == "zh" || tag.hasPrefix("zh-") { .chinese } else if tag == "en" || tag.hasPrefix("en-") || tag == "*" { .english } else {
                    nil
                }
            if let language, weight > (best?.1 ?? 0) { best = (language, weight) }
        }
        return best?.0 ?? .english
    }

    static func named(_ text: String) -> UILanguage? {
        switch text.lowercased() {
        case "en", "en-us", "en-gb", "english": .english
        case "zh", "zh-hans", "zh-cn", "chinese": .chinese
        default: nil
        }
    }

    /// The other language (the switch link).
    var other: UILanguage { self == .english ? .chinese : .english }
}

extension Substring {
    fileprivate func trimmed() -> String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}

/// The words of the pages in one language.
struct UIText: Sendable {
    let language: UILanguage

    subscript(_ key: String) -> String {
        guard let pair = Self.table[key] else { return key }
        return language == .english ? pair.0 : pair.1
    }

    /// Every key with its word, for templates (`{{t.key}}`).
    var all: [String: String] {
        Self.table.mapValues { language == .english ? $0.0 : $0.1 }
    }

    /// A field problem said in this language. English keeps the validator's own sentence; Chinese says it by field
    /// and code.
    func message(for issue: ValidationIssue) -> String {
        if language == .english { return issue.message }
        if let specific = Self.chineseIssues["\(issue.field)|\(issue.code)"] { return specific }
        return Self.chineseIssues["|\(issue.code)"] ?? "填写有误（\(issue.code)）"
    }

    private static let chineseIssues: [String: String] = [
        "complainant.phone|format": "不是有效的电话号码：中国大陆手机号为 11 位，固话需带区号，国际号码以 + 开头",
        "complainant.email|format": "不是有效的电子邮箱地址，格式应为 name@example.com",
        "complainant|required": "请至少填写投诉人的姓名、电话、邮箱或客户编号中的一项",
        "body|required": "必填：请用投诉人自己的话记录发生了什么",
        "occurred_at|future": "不能晚于现在",
        "occurred_at|format": "不是有效的日期和时间",
        "occurred_at|range": "早于 1900 年，不可能是投诉发生的时间",
        "severity|range": "必须是 1（最严重）到 4",
        "severity|format": "必须是 1（最严重）到 4",
        "severity_reason|required": "更改严重程度时必须说明理由",
        "references|format": "每行写一项，格式为“名称: 值”，例如“订单号: 12345”",
        "attachments|too_long": "附件太大",
        "category|enum": "不是可选的类别",
        "|required": "必填",
        "|format": "格式不正确",
        "|range": "超出允许的范围",
        "|too_long": "内容过长",
        "|future": "不能晚于现在",
        "|enum": "不是可选的值",
        "|type": "类型不正确",
        "|unknown_field": "不是可填写的字段",
    ]

    static let categoryNames: [ComplaintCategory: (String, String)] = [
        .serviceAttitude: ("Service attitude", "服务态度"),
        .productQuality: ("Product quality", "产品质量"),
        .logistics: ("Delivery and logistics", "物流配送"),
        .billing: ("Billing and refunds", "收费与退款"),
        .safety: ("Safety", "安全"),
        .facility: ("Facilities", "设施环境"),
        .suggestion: ("Suggestion", "建议"),
        .other: ("Other", "其他"),
    ]

    func category(_ category: ComplaintCategory) -> String {
        guard let pair = Self.categoryNames[category] else { return category.rawValue }
        return language == .english ? pair.0 : pair.1
    }

    static let severityNames: [Int: (String, String)] = [
        1: ("1 · critical", "1 · 特急"),
        2: ("2 · high", "2 · 紧急"),
        3: ("3 · normal", "3 · 一般"),
        4: ("4 · low", "4 · 较低"),
    ]

    func severity(_ level: Int) -> String {
        guard let pair = Self.severityNames[level] else { return "\(level)" }
        return language == .english ? pair.0 : pair.1
    }

    private static let table: [String: (String, String)] = [
        "app.name": ("Intake", "投诉受理"),
        "nav.entry": ("New complaint", "登记投诉"),
        "nav.console": ("Deliveries", "投递状态"),
        "nav.failed": ("Failed deliveries", "投递失败"),
        "nav.intake": ("Failed intake", "接收失败"),
        "nav.audit": ("Audit log", "操作记录"),
        "nav.signout": ("Sign out", "退出"),
        "nav.signedin": ("Signed in as", "当前用户"),
        "nav.language": ("中文", "English"),
        "login.title": ("Sign in", "登录"),
        "login.name": ("Account", "账号"),
        "login.password": ("Password", "密码"),
        "login.submit": ("Sign in", "登录"),
        "login.failed": ("The account or password is wrong.", "账号或密码不正确。"),
        "login.throttled": ("Too many failed attempts. Try again in a few minutes.", "失败次数过多，请几分钟后再试。"),
        "login.noaccounts": (
            "No account exists yet. Create one on the gateway's machine: intake users add NAME --role agent",
            "还没有任何账号。请在网关所在的机器上创建：intake users add 账号 --role agent"
        ),
        "login.https": (
            "Sign-in needs HTTPS here: the session cookie is Secure and a browser does not keep it over plain HTTP. Serve the pages through a TLS proxy listed in ui.trusted_proxies, or set ui.secure_cookies: false on a trusted network.",
            "此处登录需要 HTTPS：会话 Cookie 带有 Secure 标记，浏览器不会在普通 HTTP 下保存。请通过 ui.trusted_proxies 中列出的 TLS 代理访问，或在可信网络中设置 ui.secure_cookies: false。"
        ),
        "login.unreadable": (
            "The accounts file cannot be read, so nobody can sign in now. The gateway's log says why.",
            "无法读取账号文件，目前无法登录。原因见网关日志。"
        ),
        "error.badform": ("The form could not be read. Nothing was saved.", "无法读取表单，未保存任何内容。"),
        "error.session_ended": (
            "Your session ended before the form was sent, so nothing was saved. Sign in again and enter it once more.",
            "表单提交前会话已结束，未保存任何内容。请重新登录后再次填写。"
        ),
        "error.csrf": (
            "This form has expired or did not come from this site. Nothing was saved; please try again.",
            "表单已过期或并非来自本站，未保存任何内容，请重试。"
        ),
        "error.forbidden": ("Your account may not do this.", "您的账号没有此项权限。"),
        "error.notfound": ("Not found.", "未找到。"),
        "error.storage": ("The complaint could not be stored. Nothing was saved; please try again.", "投诉未能保存，请重试。"),
        "error.form": ("Please correct the fields marked below. Nothing was saved yet.", "请更正下面标出的项目，尚未保存。"),
        "entry.title": ("New complaint", "登记投诉"),
        "entry.complainant": ("Complainant", "投诉人"),
        "entry.name": ("Name", "姓名"),
        "entry.phone": ("Phone", "电话"),
        "entry.email": ("E-mail", "电子邮箱"),
        "entry.customer_id": ("Customer number", "客户编号"),
        "entry.incident": ("What happened", "投诉事项"),
        "entry.occurred_at": ("When it happened", "发生时间"),
        "entry.location": ("Where it happened", "发生地点"),
        "entry.respondent": ("About whom or what", "被投诉对象"),
        "entry.respondent_kind": ("Kind (staff, store, driver, product…)", "类型（员工、门店、司机、产品……）"),
        "entry.respondent_id": ("Their id (staff number, store code, plate…)", "编号（工号、门店编码、车牌……）"),
        "entry.respondent_name": ("Their name", "名称"),
        "entry.subject": ("Subject", "标题"),
        "entry.body": ("What happened, in the complainant's words", "事情经过（尽量使用投诉人的原话）"),
        "entry.demand": ("What they ask for", "投诉人诉求"),
        "entry.classification": ("Classification", "分类"),
        "entry.category": ("Category", "类别"),
        "entry.category_auto": ("Decide automatically", "自动判断"),
        "entry.severity": ("Severity", "严重程度"),
        "entry.severity_auto": ("Decide automatically", "自动判断"),
        "entry.severity_reason": ("Reason for setting the severity", "设定严重程度的理由"),
        "entry.references": ("References, one per line (order: 12345, plate: 京A12345)", "相关编号，每行一项（订单号: 12345、车牌: 京A12345）"),
        "entry.attachments": ("Attachments", "附件"),
        "entry.submit": ("Save complaint", "保存投诉"),
        "entry.required": ("required", "必填"),
        "entry.contact_hint": ("At least one way to reach or identify the complainant.", "至少填写一种联系方式或身份信息。"),
        "created.title": ("Complaint saved", "投诉已保存"),
        "created.repeat": ("This form was saved before; this is the complaint it made.", "此表单之前已保存过，以下是当时登记的投诉。"),
        "created.id": ("Complaint id", "投诉编号"),
        "created.respond_by": ("Respond by", "响应期限"),
        "created.resolve_by": ("Resolve by", "解决期限"),
        "created.another": ("Enter another complaint", "继续登记"),
        "created.related": (
            "This complainant has other complaints from the last days:",
            "该投诉人近期还有其他投诉："
        ),
        "complaint.title": ("Complaint", "投诉详情"),
        "complaint.channel": ("Channel", "渠道"),
        "complaint.source": ("Source", "来源"),
        "complaint.received": ("Received", "接收时间"),
        "complaint.urgent": ("Urgent", "紧急"),
        "complaint.urgent_reasons": ("Urgent because", "紧急原因"),
        "complaint.thread": ("Thread", "关联"),
        "complaint.raw": ("Raw payload as received", "原始报文"),
        "complaint.deliveries": ("Deliveries", "投递"),
        "complaint.attempts": ("Attempts", "投递尝试"),
        "complaint.triage": ("Why it was classified so", "分类依据"),
        "complaint.replay": ("Send again", "重新投递"),
        "complaint.entered_by": ("Entered by", "登记人"),
        "complaint.references": ("References", "相关编号"),
        "complaint.attachments_again": (
            "Choose the attachments again: a browser does not keep them when a form is shown again.",
            "请重新选择附件：表单重新显示时浏览器不会保留已选的文件。"
        ),
        "console.title": ("Deliveries by sink", "各目标的投递状态"),
        "console.sink": ("Sink", "投递目标"),
        "console.pending": ("Pending", "待投递"),
        "console.retrying": ("Retrying", "重试中"),
        "console.dead": ("Dead", "已失败"),
        "console.delivered": ("Delivered", "已投递"),
        "console.oldest": ("Oldest undelivered", "最早未投递"),
        "console.error_rate": ("Errors, last 15 min", "近 15 分钟错误率"),
        "console.none": ("No deliveries yet.", "暂无投递。"),
        "failed.title": ("Failed and dead deliveries", "投递失败与重试中的投诉"),
        "failed.filter": ("Filter", "筛选"),
        "failed.status": ("Status", "状态"),
        "failed.any": ("any", "全部"),
        "failed.sink": ("Sink", "投递目标"),
        "failed.source": ("Source", "来源"),
        "failed.channel": ("Channel", "渠道"),
        "failed.since": ("Received after", "接收时间晚于"),
        "failed.until": ("Received before", "接收时间早于"),
        "failed.error": ("Error contains", "错误包含"),
        "failed.apply": ("Apply", "筛选"),
        "failed.complaint": ("Complaint", "投诉"),
        "failed.attempts": ("Attempts", "尝试次数"),
        "failed.last_error": ("Last error", "最近错误"),
        "failed.next": ("Next attempt", "下次尝试"),
        "failed.none": ("Nothing matches.", "没有符合条件的记录。"),
        "failed.matching": ("matching", "条符合"),
        "replay.selected": ("Replay selected", "重新投递所选"),
        "replay.all": ("Replay everything this filter matches", "重新投递全部符合条件的"),
        "replay.rate": ("Rate (per second)", "速率（每秒）"),
        "replay.confirm_title": ("Replay: check before sending", "重新投递：发送前确认"),
        "replay.would": ("deliveries would be sent again at", "条投递将被重新发送，速率为每秒"),
        "replay.per_second": ("per second.", "条。"),
        "replay.confirm": ("Replay them", "确认重新投递"),
        "replay.cancel": ("Back", "返回"),
        "replay.done": ("deliveries were requeued.", "条投递已重新排队。"),
        "replay.nothing": ("Nothing was selected.", "未选择任何投递。"),
        "intake.title": ("Inputs that could not become complaints", "未能生成投诉的输入"),
        "intake.source": ("Source", "来源"),
        "intake.received": ("Received", "接收时间"),
        "intake.reason": ("Why", "原因"),
        "intake.status": ("Status", "状态"),
        "intake.size": ("Bytes", "字节"),
        "intake.none": ("No failed intake.", "没有接收失败的输入。"),
        "intake.retry": ("Read the selected again", "重新读取所选"),
        "intake.discard": ("Not complaints: discard the selected", "不是投诉：舍弃所选"),
        "intake.changed": ("inputs changed.", "条输入已更新。"),
        "audit.title": ("Operator actions", "操作记录"),
        "audit.at": ("When", "时间"),
        "audit.actor": ("Who", "操作人"),
        "audit.action": ("What", "操作"),
        "audit.count": ("Count", "数量"),
        "audit.detail": ("Details", "详情"),
        "audit.none": ("No operator actions yet.", "暂无操作记录。"),
    ]
}
