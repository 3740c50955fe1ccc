"""The pages of `repl serve` in a real browser (headless Chromium through
Selenium): a statement typed and run, a citation clicked through to its
article with the evidence highlighted in view, an entity page, an error
with its caret, and hostile article text that stays text. A screenshot of
each page goes to the folder given.

usage: python3 pages.py BASE_URL SCREENSHOT_FOLDER
"""
import os
import sys

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as seen
from selenium.webdriver.support.ui import WebDriverWait

BASE, SHOTS = sys.argv[1], sys.argv[2]
os.makedirs(SHOTS, exist_ok=True)

options = Options()
for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en"):
    options.add_argument(flag)
browser = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
wait = WebDriverWait(browser, 20)
checks = 0


def check(condition, message):
    global checks
    if not condition:
        raise AssertionError(message)
    checks += 1


def run(statement):
    box = wait.until(seen.presence_of_element_located((By.CSS_SELECTOR, "form.query textarea")))
    box.clear()
    box.send_keys(statement)
    box.send_keys(Keys.CONTROL, Keys.ENTER)  # the page's script submits on Ctrl+Enter


def xss_fired():
    return browser.execute_script("return window.__xss === undefined ? null : window.__xss") is not None


try:
    # A statement typed into the box and run: its answer, and the statement in the address.
    browser.get(BASE + "/")
    run("find deals where amount > 1e9 and buyer = OpenAI")
    wait.until(seen.presence_of_element_located((By.CSS_SELECTOR, "table tbody tr")))
    check("q=find+deals" in browser.current_url or "q=find%20deals" in browser.current_url, "the statement is in the address: " + browser.current_url)
    cells = [cell.text for cell in browser.find_elements(By.CSS_SELECTOR, "table tbody tr td")]
    check(cells[:4] == ["OpenAI", "IO", "acquisition", "$6.4B"], "the answer's row: %r" % cells)
    check(browser.find_element(By.CSS_SELECTOR, "p.footer").text == "1 deal", "the footer")
    browser.save_screenshot(os.path.join(SHOTS, "query.png"))

    # The citation, clicked: the article, the cited line in view, the evidence highlighted.
    browser.find_element(By.CSS_SELECTOR, "a.source").click()
    mark = wait.until(seen.presence_of_element_located((By.CSS_SELECTOR, "li.cited mark")))
    check(mark.text == "OpenAI a réaffirmé sa position par l’acquisition stratégique de la startup IO", "the evidence: %r" % mark.text)
    check(browser.find_element(By.CSS_SELECTOR, "li.cited").get_attribute("id") == "L7", "line 7 is the cited one")
    in_view = browser.execute_script(
        "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;", mark)
    check(in_view, "the evidence is scrolled into view")
    browser.save_screenshot(os.path.join(SHOTS, "article.png"))

    # A fact of the article links back to a query that finds it.
    browser.find_element(By.CSS_SELECTOR, "section.held a.fact").click()
    wait.until(seen.presence_of_element_located((By.CSS_SELECTOR, "p.footer")))
    check(browser.find_element(By.CSS_SELECTOR, "p.footer").text.startswith("1 "), "the fact's query finds it")

    # An entity page, and a bar chart.
    browser.get(BASE + "/entities/Meta")
    check(browser.find_element(By.TAG_NAME, "h1").text == "Meta company", "the entity's heading")
    browser.save_screenshot(os.path.join(SHOTS, "entity.png"))
    browser.get(BASE + "/")
    run("count deals by buyer")
    bar = wait.until(seen.presence_of_element_located((By.CSS_SELECTOR, "td.bar span")))
    check(bar.size["width"] > 20, "the largest group's bar is drawn: %r" % bar.size)
    browser.save_screenshot(os.path.join(SHOTS, "groups.png"))

    # An error: the caret under the culprit and what was meant.
    run("find deals where buyr = Meta")
    error = wait.until(seen.presence_of_element_located((By.CSS_SELECTOR, "pre.error"))).text
    check("did you mean 'buyer'?" in error and "^^^^" in error, "the error shows its caret: %r" % error)
    browser.save_screenshot(os.path.join(SHOTS, "error.png"))

    # Hostile text added from the page stays text, and no script of it runs.
    browser.get(BASE + "/")
    browser.find_element(By.NAME, "id").send_keys("hostile")
    browser.find_element(By.NAME, "text").send_keys(
        'Titre <script>window.__xss = 1</script>\nMeta a payé "><img src=x onerror="window.__xss = 2"> 3 milliards de dollars.')
    browser.find_element(By.CSS_SELECTOR, "section.ingest button").click()
    wait.until(seen.presence_of_element_located((By.CSS_SELECTOR, "ol.lines")))
    lines = [line.text for line in browser.find_elements(By.CSS_SELECTOR, "ol.lines li")]
    check(any("<script>window.__xss = 1</script>" in line for line in lines), "the script shows as text: %r" % lines)
    check(any('"><img src=x onerror="window.__xss = 2">' in line for line in lines), "the tag shows as text: %r" % lines)
    check(not browser.find_elements(By.CSS_SELECTOR, "ol.lines img, ol.lines script"), "no element came from the text")
    # The page's policy would stop an injected script anyway; the markup itself must hold none.
    check("&lt;script&gt;window.__xss = 1&lt;/script&gt;" in browser.page_source, "the script is escaped in the markup")
    check(not xss_fired(), "no script of the article ran")
    browser.save_screenshot(os.path.join(SHOTS, "hostile.png"))
    browser.get(BASE + "/")
    run('search "onerror"')
    wait.until(seen.presence_of_element_located((By.CSS_SELECTOR, "table tbody tr mark")))
    check(not xss_fired(), "no script ran on the query page either")
    print("browser: %d checks passed; screenshots in %s" % (checks, SHOTS))
finally:
    browser.quit()
