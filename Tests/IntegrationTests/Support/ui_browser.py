#!/usr/bin/env python3
"""Drives the gateway's web pages in headless Chromium (Debian's chromium and chromium-driver, through selenium).

Usage: ui_browser.py SETTINGS-JSON

SETTINGS holds: url (the gateway), helpdesk_port (where the failing HTTP sink sends; nothing listens there until the
script starts a receiver), agent / operator ([name, password]), screenshots (a folder for one PNG per page).

The script checks what a person would see at each step and exits non-zero at the first thing that is not so. On
success it prints one JSON object: the complaint id it entered, the ids the helpdesk receiver got, the screenshots.
"""

import http.server
import json
import os
import sys
import threading
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

settings = json.loads(sys.argv[1])
base = settings["url"].rstrip("/")
shots = settings["screenshots"]
os.makedirs(shots, exist_ok=True)
taken = []


def fail(message):
    sys.stderr.write("ui_browser: " + message + "\n")
    try:
        shot("failure")
        sys.stderr.write("page at failure (" + driver.current_url + "):\n" + driver.find_element(By.TAG_NAME, "body").text[:3000] + "\n")
    except Exception:
        pass
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)


def shot(name):
    path = os.path.join(shots, "%02d-%s.png" % (len(taken) + 1, name))
    driver.set_window_size(1280, max(900, driver.execute_script("return document.body.scrollHeight") + 40))
    driver.save_screenshot(path)
    taken.append(path)


def text(selector):
    return driver.find_element(By.CSS_SELECTOR, selector).text


def exists(selector):
    return len(driver.find_elements(By.CSS_SELECTOR, selector)) > 0


def staleness_of(element):
    """True once `element` left the document (the next page replaced it). Chrome reports that in more than one way."""

    def gone(_driver):
        try:
            element.is_enabled()
            return False
        except Exception:
            return True

    return gone


def click(element_id):
    """Clicks a submit button or link and waits for the next page to load."""
    old = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.ID, element_id).click()
    WebDriverWait(driver, 30).until(staleness_of(old))
    WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.readyState") == "complete")


def fill(name, value):
    element = driver.find_element(By.NAME, name)
    element.clear()
    element.send_keys(value)


def sign_in(name, password):
    driver.get(base + "/ui/login")
    fill("name", name)
    fill("password", password)
    click("signin")
    check(exists("#user") and text("#user") == name, "signing in as %s did not work: %s" % (name, driver.find_element(By.TAG_NAME, "body").text[:500]))


def sign_out():
    click("signout")
    check(driver.current_url.endswith("/ui/login"), "signing out did not lead to the sign-in page")


def post_form(action, fields):
    """Builds a form in the page and submits it, as a forged or hand-made request from this browser would be."""
    old = driver.find_element(By.TAG_NAME, "html")
    driver.execute_script(
        """
        const form = document.createElement('form');
        form.method = 'post';
        form.action = arguments[0];
        for (const [name, value] of arguments[1]) {
            const input = document.createElement('input');
            input.type = 'hidden'; input.name = name; input.value = value;
            form.appendChild(input);
        }
        document.body.appendChild(form);
        form.submit();
        """,
        action,
        fields,
    )
    WebDriverWait(driver, 30).until(staleness_of(old))
    WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.readyState") == "complete")


def wait_for(description, condition, timeout=60):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if condition():
            return
        time.sleep(0.5)
    fail("waited %d s for %s" % (timeout, description))


options = webdriver.ChromeOptions()
options.binary_location = settings.get("chromium", "/usr/bin/chromium")
for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=zh-CN", "--window-size=1280,900"]:
    options.add_argument(argument)
options.add_experimental_option("prefs", {"intl.accept_languages": "zh-CN,zh"})
driver = webdriver.Chrome(service=Service(settings.get("chromedriver", "/usr/bin/chromedriver")), options=options)
driver.set_page_load_timeout(30)

received = []


class Receiver(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        try:
            received.append(json.loads(body).get("id"))
        except Exception:
            pass
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


try:
    agent, agent_password = settings["agent"]
    operator, operator_password = settings["operator"]

    # The browser asks for Chinese: the sign-in page is in Chinese.
    driver.get(base + "/ui/login")
    check("登录" in driver.title, "the sign-in page is not in Chinese: " + driver.title)
    shot("sign-in")
    sign_in(agent, agent_password)
    check(driver.current_url.endswith("/ui/complaints/new"), "an agent does not land on the form: " + driver.current_url)
    shot("entry-form")

    # A complaint in Chinese with a wrong phone number: the error is shown next to the field, the text is kept.
    body = "快递员态度恶劣，包裹被扔在门口淋湿了。\n要求赔偿并道歉。"
    fill("complainant.name", "王芳")
    fill("complainant.phone", "1380013")
    fill("location", "北京市朝阳区建国路 88 号")
    fill("respondent.kind", "courier")
    fill("respondent.id", "SF-2201")
    fill("body", body)
    fill("demand", "赔偿 200 元")
    fill("references", "运单号：SF1234567890")
    click("save")
    check(exists("#complainant-phone-error"), "no error beside the phone field after a wrong number")
    error = text("#complainant-phone-error")
    check("电话号码" in error, "the phone error is not in Chinese: " + error)
    check(driver.find_element(By.NAME, "body").get_attribute("value") == body, "the text typed was not kept after the error")
    check(not exists("#saved"), "a complaint with a wrong phone was saved")
    shot("field-error")

    fill("complainant.phone", "138 0013 8000")
    click("save")
    check(exists("#saved"), "the fixed complaint was not saved: " + driver.find_element(By.TAG_NAME, "body").text[:500])
    complaint_id = text("#complaint-id")
    check(len(complaint_id) == 26, "no complaint id shown: " + complaint_id)
    check(exists("#respond-by"), "no response deadline shown")
    check("+8613800138000" in driver.find_element(By.ID, "fields").text, "the normalised phone is not shown")
    shot("saved")

    # A post without the session's CSRF token is refused, and an agent may not replay even with it.
    post_form(base + "/ui/complaints", [["complainant.name", "伪造"], ["body", "forged"]])
    check("表单已过期或并非来自本站" in driver.find_element(By.TAG_NAME, "body").text, "a post without a CSRF token was not refused")
    shot("csrf-refused")
    driver.get(base + "/ui/complaints/new")
    csrf = driver.find_element(By.CSS_SELECTOR, "form[action='/ui/logout'] input[name=csrf]").get_attribute("value")
    post_form(base + "/ui/replay", [["csrf", csrf], ["mode", "filter"], ["confirm", "1"]])
    check("没有此项权限" in driver.find_element(By.TAG_NAME, "body").text, "an agent was not refused a replay")
    shot("agent-replay-refused")
    driver.get(base + "/ui/console")
    check("没有此项权限" in driver.find_element(By.TAG_NAME, "body").text, "an agent saw the console")
    driver.get(base + "/ui/complaints/new")
    sign_out()

    # The operator sees the helpdesk's dead delivery of that complaint.
    sign_in(operator, operator_password)
    check(driver.current_url.endswith("/ui/console"), "an operator does not land on the console")

    def dead_count():
        driver.get(base + "/ui/console")
        return int(text("#sink-helpdesk .dead") or "0") >= 1

    wait_for("the helpdesk delivery to be dead", dead_count)
    shot("console-dead")
    driver.get(base + "/ui/deliveries?sink=helpdesk&status=dead")
    rows = driver.find_element(By.ID, "deliveries").text
    check(complaint_id in rows, "the dead delivery is not listed: " + rows)
    shot("dead-deliveries")

    # The helpdesk is back: replay everything the filter matches, after the dry-run count.
    server = http.server.ThreadingHTTPServer(("127.0.0.1", int(settings["helpdesk_port"])), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    click("replay-all")
    check(exists("#matched"), "no dry-run count before the replay")
    matched = int(text("#matched"))
    check(matched >= 1, "the dry run matched nothing")
    shot("replay-dry-run")
    click("confirm")
    check(int(text("#requeued")) == matched, "the replay did not requeue what the dry run counted")
    shot("replayed")

    def delivered():
        driver.get(base + "/ui/console")
        return int(text("#sink-helpdesk .dead")) == 0 and int(text("#sink-helpdesk .delivered")) >= 1

    wait_for("the replayed delivery to be delivered", delivered)
    shot("console-delivered")
    check(complaint_id in received, "the helpdesk did not receive the complaint: %s" % received)

    driver.get(base + "/ui/complaints/" + complaint_id)
    check("delivered" in text("#deliveries"), "the complaint page does not show the delivery")
    check("王芳" in text("#raw"), "the raw payload is not shown to the operator")
    shot("complaint-detail")
    driver.get(base + "/ui/audit")
    check(operator in text("#audit") and "replay" in text("#audit"), "the audit log does not show the replay")
    shot("audit")
    driver.get(base + "/ui/failed-intake")
    shot("failed-intake")
    # The language switch.
    click("language")
    check(driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en", "the language switch did not switch to English")
    shot("failed-intake-english")
    server.shutdown()
    print(json.dumps({"complaint_id": complaint_id, "received": received, "screenshots": taken}))
finally:
    driver.quit()
