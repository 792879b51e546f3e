"""Upload and Submit in real Chromium: files set on the input give a row each; a return edited, resolved and
added to lands on its new report with the right badges. Screenshots go to tests/artifacts/web/."""

from __future__ import annotations

import os
import re

from playwright.sync_api import expect

from sitroom.generate import iter_series

NEW_TEXT = "A pop-up advice desk for kinship carers opened at Riverside Library on Tuesdays."


def test_upload_two_reports_and_a_bad_file_then_open_the_second(live_server, page, screenshot, tmp_path):
    reports = list(next(iter(iter_series(1, 2, seed=5, organisations=1))))
    paths = []
    for r, fmt in zip(reports, ("docx", "txt"), strict=True):
        p = tmp_path / f"sitrep-{r.number}.{fmt}"
        p.write_bytes(r.render(fmt))
        paths.append(p)
    bad = tmp_path / "installer.pdf"
    bad.write_bytes(b"MZ\x90\x00" + os.urandom(2000))
    page.goto(live_server.url + "/upload")
    page.set_input_files("#upload-files", [*map(str, paths), str(bad)])
    rows = page.locator("tr.upload-row:not(.pending)")
    expect(rows).to_have_count(3, timeout=30_000)
    expect(page.locator("[data-upload-status]")).to_contain_text("Done: 3 files. 2 stored, 1 failed")
    expect(rows.nth(0)).to_have_attribute("data-status", "ingested")
    expect(rows.nth(1)).to_have_attribute("data-status", "ingested")
    expect(rows.nth(2)).to_have_attribute("data-status", "failed")
    expect(rows.nth(2)).to_contain_text("installer.pdf: ")
    expect(rows.nth(0)).to_contain_text(f"{reports[0].date.day} {reports[0].date:%B %Y}")
    screenshot(page, "upload-results")
    # The same file again is recognised by its content.
    page.set_input_files("#upload-files", str(paths[0]))
    expect(page.locator('tr.upload-row[data-status="duplicate"]')).to_have_count(1, timeout=15_000)
    link = rows.nth(1).locator("a[href^='/reports/']")
    href = link.get_attribute("href")
    link.click()
    page.wait_for_url(re.compile(re.escape(live_server.url + href) + "$"))
    expect(page.locator("h1")).to_be_visible()
    first_item = reports[1].content.sections[0][1][0].text
    expect(page.locator("main")).to_contain_text(first_item[:40])


def test_submit_a_return_with_an_edit_a_resolved_item_and_a_new_one(seeded_server, page, screenshot):
    page.goto(seeded_server.url + "/submit")
    page.get_by_role("link", name=re.compile("Start this week's return for Northfield Council – Children")).click()
    page.wait_for_url(re.compile(r"/submit/\d+$"))
    screenshot(page, "submit-form")
    items = page.locator(".return-item")
    first_text = items.nth(0).locator("textarea")
    # Labelled for screen readers, and reachable by keyboard from the text to its choice.
    assert first_text.evaluate("t => t.labels[0].textContent") == "Item 1 of Key activity headlines"
    first_text.focus()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.labels[0].textContent") == "Change to item 1 of Key activity headlines"

    # Edit a figure of the first item holding a number: the choice follows by itself.
    with_number = [
        n
        for n in range(items.count())
        if items.nth(n).locator("select").count() and re.search(r"\d", items.nth(n).locator("textarea").input_value())
    ]
    edited = items.nth(with_number[0])
    old_text = edited.locator("textarea").input_value()
    new_text = re.sub(r"\d+", lambda m: str(int(m.group()) + 7), old_text, count=1)
    edited.locator("textarea").fill(new_text)
    expect(edited.locator("select")).to_have_value("edited")
    expect(edited).to_have_attribute("data-mark", "edited")

    resolved = page.locator("fieldset.return-section").nth(1).locator(".return-item").nth(0)
    resolved_text = resolved.locator("textarea").input_value()
    resolved.locator("select").select_option("resolved")
    expect(resolved).to_have_attribute("data-mark", "resolved")

    first_section = page.locator("fieldset.return-section").nth(0)
    first_section.get_by_role("button", name=re.compile("Add item")).click()
    added = first_section.locator(".return-item").last
    expect(added.locator("textarea")).to_be_focused()
    page.keyboard.type(NEW_TEXT)
    expect(page.locator("[data-return-summary]")).to_contain_text("1 edited · 1 resolved · 1 new")
    screenshot(page, "submit-form-edited")

    page.get_by_role("button", name="Submit return").click()
    page.wait_for_url(re.compile(r"/reports/\d+$"))
    main = page.locator("main")
    expect(main.locator("li", has_text=NEW_TEXT).locator(".badge.new")).to_have_count(1)
    expect(main.locator("li", has_text=new_text[:60]).locator(".badge.updated")).to_have_count(1)
    expect(main.locator("li", has_text=resolved_text[:60]).locator(".badge.dropped")).to_have_count(1)
    assert main.locator(".badge.continuing").count() >= 5
    screenshot(page, "submit-landed-report")

    # The coordinator's dashboard now counts the return as received, linked to the new report.
    report_path = page.url.removeprefix(seeded_server.url)
    page.goto(seeded_server.url + "/")
    row = page.locator("tr", has=page.locator(f'a[href="{report_path}"]'))
    expect(row).to_have_count(1)
    expect(row).to_contain_text("Children")
    screenshot(page, "submit-then-dashboard")


def test_upload_and_submit_fit_a_phone(seeded_server, phone, screenshot):
    phone.goto(seeded_server.url + "/submit/1")
    expect(phone.locator(".submit-bar")).to_be_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    # The sticky bar stays in view while the contributor is halfway down the form.
    phone.locator(".return-item textarea").nth(8).scroll_into_view_if_needed()
    box = phone.locator(".submit-bar").bounding_box()
    assert box and box["y"] + box["height"] <= 844 + 1
    screenshot(phone, "submit-form-phone")
    phone.goto(seeded_server.url + "/upload")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    screenshot(phone, "upload-phone")
