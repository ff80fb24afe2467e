import Mustache

/// The pages' Mustache templates. `{{…}}` escapes HTML (`& < > " '`), so whatever a customer wrote is shown as text;
/// only `{{{content}}}`, a page already rendered with escaping, is inserted as it is.
enum UITemplates {
    static let library: MustacheLibrary = {
        var library = MustacheLibrary()
        for (name, text) in sources {
            do {
                try library.register(text, named: name)
            } catch {
                preconditionFailure("the template \(name) does not parse: \(error)")
            }
        }
        return library
    }()

    static let sources: [String: String] = [
        "layout": layout, "input": input, "textarea": textarea, "select": select, "login": login, "entry": entry,
        "complaint": complaint, "console": console, "deliveries": deliveries, "confirm": confirm, "replayed": replayed,
        "intake": intake, "audit": audit, "message": message,
    ]

    static let stylesheet = """
        body{font-family:system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#1d1d1f;background:#f6f7f9}
        header{background:#1f3a5f;color:#fff;padding:.6rem 1rem}header nav{display:flex;gap:1rem;align-items:center;flex-wrap:wrap}
        header a{color:#fff}header .who{margin-left:auto}form.inline{display:inline}
        main{max-width:72rem;margin:1rem auto;padding:0 1rem}
        fieldset{border:1px solid #ccd;border-radius:6px;margin:0 0 1rem;background:#fff}legend{font-weight:600}
        .field{margin:.5rem 0}.field label{display:block;font-weight:500;margin-bottom:.2rem}
        input[type=text],input[type=tel],input[type=email],input[type=password],input[type=datetime-local],input[type=number],select,textarea{width:100%;max-width:40rem;padding:.35rem;box-sizing:border-box;font:inherit}
        textarea{min-height:7rem}.invalid input,.invalid textarea,.invalid select{border:2px solid #b00020}
        .error{color:#b00020;margin:.2rem 0}.notice{background:#fff4ce;border:1px solid #e0c060;padding:.6rem;border-radius:6px}
        .ok{background:#e3f5e1;border:1px solid #7bb274;padding:.6rem;border-radius:6px}.problem{background:#fde7e9;border:1px solid #d98;padding:.6rem;border-radius:6px}
        table{border-collapse:collapse;background:#fff;width:100%}th,td{border:1px solid #ccd;padding:.3rem .5rem;text-align:left;vertical-align:top}
        td.text{white-space:pre-wrap;overflow-wrap:anywhere;unicode-bidi:plaintext}pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#fff;border:1px solid #ccd;padding:.5rem;unicode-bidi:plaintext}
        .filters{display:flex;gap:.6rem;flex-wrap:wrap;align-items:end}.filters .field{margin:0}button{padding:.35rem .8rem;font:inherit}
        """

    static let layout = """
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} · {{t.app_name}}</title>
        <link rel="stylesheet" href="/ui/static/app.css">
        </head>
        <body>
        <header><nav>
        <strong>{{t.app_name}}</strong>
        {{#signedIn}}
        {{#canEnter}}<a href="/ui/complaints/new" id="nav-entry">{{t.nav_entry}}</a>{{/canEnter}}
        {{#canOperate}}<a href="/ui/console" id="nav-console">{{t.nav_console}}</a>
        <a href="/ui/deliveries" id="nav-failed">{{t.nav_failed}}</a>
        <a href="/ui/failed-intake" id="nav-intake">{{t.nav_intake}}</a>
        <a href="/ui/audit" id="nav-audit">{{t.nav_audit}}</a>{{/canOperate}}
        <span class="who">{{t.nav_signedin}} <strong id="user">{{userName}}</strong></span>
        <form method="post" action="/ui/logout" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit" id="signout">{{t.nav_signout}}</button></form>
        {{/signedIn}}
        <a href="/ui/language/{{otherLang}}?back={{back}}" id="language" lang="{{otherLang}}">{{t.nav_language}}</a>
        </nav></header>
        <main>
        {{{content}}}
        </main>
        </body>
        </html>
        """

    static let input = """
        <div class="field{{#error}} invalid{{/error}}" id="field-{{id}}"><label for="{{id}}">{{label}}{{#required}} <em>({{t.entry_required}})</em>{{/required}}</label>
        <input type="{{type}}" id="{{id}}" name="{{name}}" value="{{value}}"{{#autocomplete}} autocomplete="{{autocomplete}}"{{/autocomplete}}{{#error}} aria-invalid="true" aria-describedby="{{id}}-error"{{/error}}>
        {{#error}}<p class="error" id="{{id}}-error" role="alert">{{error}}</p>{{/error}}</div>
        """

    static let textarea = """
        <div class="field{{#error}} invalid{{/error}}" id="field-{{id}}"><label for="{{id}}">{{label}}{{#required}} <em>({{t.entry_required}})</em>{{/required}}</label>
        <textarea id="{{id}}" name="{{name}}"{{#error}} aria-invalid="true" aria-describedby="{{id}}-error"{{/error}}>{{value}}</textarea>
        {{#error}}<p class="error" id="{{id}}-error" role="alert">{{error}}</p>{{/error}}</div>
        """

    static let select = """
        <div class="field{{#error}} invalid{{/error}}" id="field-{{id}}"><label for="{{id}}">{{label}}</label>
        <select id="{{id}}" name="{{name}}"{{#error}} aria-invalid="true" aria-describedby="{{id}}-error"{{/error}}>
        {{#options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/options}}
        </select>
        {{#error}}<p class="error" id="{{id}}-error" role="alert">{{error}}</p>{{/error}}</div>
        """

    static let login = """
        <h1>{{t.login_title}}</h1>
        {{#noAccounts}}<p class="notice" id="no-accounts">{{t.login_noaccounts}}</p>{{/noAccounts}}
        {{#problem}}<p class="problem" id="problem" role="alert">{{problem}}</p>{{/problem}}
        <form method="post" action="/ui/login">
        <input type="hidden" name="csrf" value="{{loginToken}}">
        <input type="hidden" name="back" value="{{next}}">
        <div class="field"><label for="name">{{t.login_name}}</label><input type="text" id="name" name="name" value="{{name}}" autocomplete="username" required></div>
        <div class="field"><label for="password">{{t.login_password}}</label><input type="password" id="password" name="password" autocomplete="current-password" required></div>
        <button type="submit" id="signin">{{t.login_submit}}</button>
        </form>
        """

    static let entry = """
        <h1>{{t.entry_title}}</h1>
        {{#hasErrors}}<div class="problem" id="problem" role="alert"><p>{{t.error_form}}</p><ul>{{#errors}}<li><a href="#{{id}}">{{label}}</a>: {{message}}</li>{{/errors}}</ul></div>{{/hasErrors}}
        <form method="post" action="/ui/complaints" enctype="multipart/form-data" novalidate>
        <input type="hidden" name="csrf" value="{{csrf}}">
        <input type="hidden" name="form_token" value="{{formToken}}">
        <fieldset><legend>{{t.entry_complainant}}</legend>
        <p>{{t.entry_contact_hint}}</p>
        {{#complainantError}}<p class="error" id="complainant-error" role="alert">{{complainantError}}</p>{{/complainantError}}
        {{#f.complainant_name}}{{> input}}{{/f.complainant_name}}
        {{#f.complainant_phone}}{{> input}}{{/f.complainant_phone}}
        {{#f.complainant_email}}{{> input}}{{/f.complainant_email}}
        {{#f.complainant_customer_id}}{{> input}}{{/f.complainant_customer_id}}
        </fieldset>
        <fieldset><legend>{{t.entry_incident}}</legend>
        {{#f.occurred_at}}{{> input}}{{/f.occurred_at}}
        {{#f.location}}{{> input}}{{/f.location}}
        {{#f.subject}}{{> input}}{{/f.subject}}
        {{#f.body}}{{> textarea}}{{/f.body}}
        {{#f.demand}}{{> textarea}}{{/f.demand}}
        {{#f.references}}{{> textarea}}{{/f.references}}
        <div class="field{{#attachmentsError}} invalid{{/attachmentsError}}"><label for="attachments">{{t.entry_attachments}}</label>
        <input type="file" id="attachments" name="attachments" multiple>
        {{#attachmentsError}}<p class="error" id="attachments-error" role="alert">{{attachmentsError}}</p>{{/attachmentsError}}</div>
        </fieldset>
        <fieldset><legend>{{t.entry_respondent}}</legend>
        {{#f.respondent_kind}}{{> input}}{{/f.respondent_kind}}
        {{#f.respondent_id}}{{> input}}{{/f.respondent_id}}
        {{#f.respondent_name}}{{> input}}{{/f.respondent_name}}
        </fieldset>
        <fieldset><legend>{{t.entry_classification}}</legend>
        {{#f.category}}{{> select}}{{/f.category}}
        {{#f.severity}}{{> select}}{{/f.severity}}
        {{#f.severity_reason}}{{> input}}{{/f.severity_reason}}
        </fieldset>
        <button type="submit" id="save">{{t.entry_submit}}</button>
        </form>
        """

    static let complaint = """
        {{#created}}<div class="ok" id="saved" role="status"><h1>{{t.created_title}}</h1>
        {{#repeat}}<p>{{t.created_repeat}}</p>{{/repeat}}
        <p>{{t.created_id}}: <strong id="complaint-id">{{id}}</strong></p>
        {{#respondBy}}<p>{{t.created_respond_by}}: <strong id="respond-by">{{respondBy}}</strong></p>{{/respondBy}}
        {{#resolveBy}}<p>{{t.created_resolve_by}}: <strong id="resolve-by">{{resolveBy}}</strong></p>{{/resolveBy}}
        <p><a href="/ui/complaints/new" id="another">{{t.created_another}}</a></p></div>{{/created}}
        {{^created}}<h1>{{t.complaint_title}} <span id="complaint-id">{{id}}</span></h1>{{/created}}
        {{#hasRelated}}<div class="notice" id="related"><p>{{t.created_related}}</p><ul>
        {{#relatedItems}}<li><a href="/ui/complaints/{{id}}">{{id}}</a> · {{channel}} · {{received}} · {{summary}}</li>{{/relatedItems}}</ul></div>{{/hasRelated}}
        <table id="fields">
        {{#rows}}<tr><th scope="row">{{label}}</th><td class="text">{{value}}</td></tr>{{/rows}}
        </table>
        {{#canOperate}}
        <h2>{{t.complaint_deliveries}}</h2>
        <table id="deliveries"><tr><th>{{t.failed_sink}}</th><th>{{t.failed_status}}</th><th>{{t.failed_attempts}}</th><th>{{t.failed_last_error}}</th><th>{{t.failed_next}}</th></tr>
        {{#deliveries}}<tr class="delivery {{status}}"><td>{{sink}}</td><td class="status">{{status}}</td><td>{{attempts}}</td><td class="text">{{error}}</td><td>{{next}}</td></tr>{{/deliveries}}
        </table>
        {{#hasFailed}}<form method="post" action="/ui/replay"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="mode" value="selected">
        {{#failedKeys}}<input type="hidden" name="key" value="{{.}}">{{/failedKeys}}
        <button type="submit" id="replay-complaint">{{t.complaint_replay}}</button></form>{{/hasFailed}}
        <h2>{{t.complaint_attempts}}</h2>
        <table id="attempts"><tr><th>{{t.failed_sink}}</th><th>#</th><th>{{t.audit_at}}</th><th>{{t.failed_status}}</th><th>{{t.failed_last_error}}</th></tr>
        {{#attempts}}<tr><td>{{sink}}</td><td>{{number}}</td><td>{{at}}</td><td>{{outcome}}</td><td class="text">{{error}}</td></tr>{{/attempts}}
        </table>
        <h2>{{t.complaint_raw}} <small>({{rawType}})</small></h2>
        <pre id="raw">{{raw}}</pre>
        {{/canOperate}}
        """

    static let console = """
        <h1>{{t.console_title}}</h1>
        {{#hasSinks}}<table id="sinks"><tr><th>{{t.console_sink}}</th><th>{{t.console_pending}}</th><th>{{t.console_retrying}}</th><th>{{t.console_dead}}</th><th>{{t.console_delivered}}</th><th>{{t.console_oldest}}</th><th>{{t.console_error_rate}}</th></tr>
        {{#sinks}}<tr id="sink-{{name}}"><th scope="row"><a href="/ui/deliveries?sink={{name}}">{{name}}</a></th><td class="pending">{{pending}}</td><td class="retrying"><a href="/ui/deliveries?sink={{name}}&amp;status=retrying">{{retrying}}</a></td><td class="dead"><a href="/ui/deliveries?sink={{name}}&amp;status=dead">{{dead}}</a></td><td class="delivered">{{delivered}}</td><td>{{oldest}}</td><td class="error-rate">{{errorRate}}</td></tr>{{/sinks}}
        </table>{{/hasSinks}}
        {{^hasSinks}}<p>{{t.console_none}}</p>{{/hasSinks}}
        """

    static let deliveries = """
        <h1>{{t.failed_title}}</h1>
        <form method="get" action="/ui/deliveries" class="filters" id="filters">
        {{#filterFields}}{{> input}}{{/filterFields}}
        {{#statusField}}{{> select}}{{/statusField}}
        {{#channelField}}{{> select}}{{/channelField}}
        <button type="submit" id="apply">{{t.failed_apply}}</button>
        </form>
        {{#filterError}}<p class="problem" role="alert">{{filterError}}</p>{{/filterError}}
        <p><strong id="matching">{{total}}</strong> {{t.failed_matching}} · {{shown}}
        {{#previousPage}}<a href="{{previousPage}}" id="previous-page">←</a>{{/previousPage}}
        {{#nextPage}}<a href="{{nextPage}}" id="next-page">→</a>{{/nextPage}}</p>
        <form method="post" action="/ui/replay" id="replay-form">
        <input type="hidden" name="csrf" value="{{csrf}}">
        {{#hidden}}<input type="hidden" name="{{name}}" value="{{value}}">{{/hidden}}
        {{#hasRows}}<table id="deliveries"><tr><th></th><th>{{t.failed_complaint}}</th><th>{{t.failed_sink}}</th><th>{{t.failed_source}}</th><th>{{t.failed_status}}</th><th>{{t.failed_attempts}}</th><th>{{t.failed_last_error}}</th><th>{{t.failed_next}}</th></tr>
        {{#rows}}<tr class="delivery {{status}}"><td><input type="checkbox" name="key" value="{{key}}" aria-label="{{id}} {{sink}}"></td><td><a href="/ui/complaints/{{id}}">{{id}}</a></td><td>{{sink}}</td><td>{{source}}</td><td class="status">{{status}}</td><td>{{attempts}}</td><td class="text">{{error}}</td><td>{{next}}</td></tr>{{/rows}}
        </table>{{/hasRows}}
        {{^hasRows}}<p>{{t.failed_none}}</p>{{/hasRows}}
        <div class="filters"><div class="field"><label for="rate">{{t.replay_rate}}</label><input type="number" id="rate" name="rate" value="{{rate}}" min="1" max="10000"></div>
        <button type="submit" name="mode" value="selected" id="replay-selected">{{t.replay_selected}}</button>
        <button type="submit" name="mode" value="filter" id="replay-all">{{t.replay_all}}</button></div>
        </form>
        """

    static let confirm = """
        <h1>{{t.replay_confirm_title}}</h1>
        <p class="notice" id="dry-run"><strong id="matched">{{matched}}</strong> {{t.replay_would}} {{rate}} {{t.replay_per_second}}</p>
        {{#hasSample}}<table id="sample"><tr><th>{{t.failed_complaint}}</th><th>{{t.failed_sink}}</th><th>{{t.failed_status}}</th><th>{{t.failed_last_error}}</th></tr>
        {{#sample}}<tr><td>{{id}}</td><td>{{sink}}</td><td>{{status}}</td><td class="text">{{error}}</td></tr>{{/sample}}</table>{{/hasSample}}
        <form method="post" action="/ui/replay">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <input type="hidden" name="confirm" value="1">
        {{#hidden}}<input type="hidden" name="{{name}}" value="{{value}}">{{/hidden}}
        <button type="submit" id="confirm">{{t.replay_confirm}}</button>
        <a href="/ui/deliveries" id="cancel">{{t.replay_cancel}}</a>
        </form>
        """

    static let replayed = """
        <h1>{{t.replay_confirm_title}}</h1>
        <p class="ok" id="replayed" role="status"><strong id="requeued">{{requeued}}</strong> {{t.replay_done}}</p>
        <p><a href="/ui/console">{{t.nav_console}}</a> · <a href="/ui/audit">{{t.nav_audit}}</a></p>
        """

    static let intake = """
        <h1>{{t.intake_title}}</h1>
        {{#changed}}<p class="ok" id="changed" role="status">{{changed}}</p>{{/changed}}
        {{#hasItems}}<form method="post" action="/ui/failed-intake"><input type="hidden" name="csrf" value="{{csrf}}">
        <table id="failed-intake"><tr><th></th><th>id</th><th>{{t.intake_source}}</th><th>{{t.intake_received}}</th><th>{{t.intake_status}}</th><th>{{t.intake_size}}</th><th>{{t.intake_reason}}</th></tr>
        {{#items}}<tr><td>{{#open}}<input type="checkbox" name="id" value="{{id}}" aria-label="{{id}}">{{/open}}</td><td>{{id}}</td><td>{{source}}</td><td>{{received}}</td><td class="status">{{status}}</td><td>{{size}}</td><td class="text">{{reason}}</td></tr>{{/items}}</table>
        <p><button type="submit" name="action" value="retry" id="intake-retry">{{t.intake_retry}}</button>
        <button type="submit" name="action" value="discard" id="intake-discard">{{t.intake_discard}}</button></p></form>{{/hasItems}}
        {{^hasItems}}<p>{{t.intake_none}}</p>{{/hasItems}}
        """

    static let audit = """
        <h1>{{t.audit_title}}</h1>
        {{#hasEntries}}<table id="audit"><tr><th>{{t.audit_at}}</th><th>{{t.audit_actor}}</th><th>{{t.audit_action}}</th><th>{{t.audit_count}}</th><th>{{t.audit_detail}}</th></tr>
        {{#entries}}<tr class="audit-entry"><td>{{at}}</td><td class="actor">{{actor}}</td><td class="action">{{action}}</td><td class="count">{{count}}</td><td class="text">{{detail}}</td></tr>{{/entries}}</table>{{/hasEntries}}
        {{^hasEntries}}<p>{{t.audit_none}}</p>{{/hasEntries}}
        """

    static let message = """
        <h1>{{heading}}</h1>
        <p class="problem" id="problem" role="alert">{{text}}</p>
        """
}
