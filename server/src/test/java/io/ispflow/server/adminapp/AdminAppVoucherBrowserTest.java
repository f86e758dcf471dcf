package io.ispflow.server.adminapp;

import io.ispflow.server.Api;
import io.ispflow.server.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The vouchers screens in a real browser against a real server: a batch issued through the form, its
 * counts, its vouchers by status, its CSV and printable cards, and its revocation, voucher by voucher
 * and whole.
 */
@ApiTest
class AdminAppVoucherBrowserTest {

    static {
        ApiTest.Databases.prepare();
    }

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anOwnerIssuesABatchDownloadsAndPrintsItsCodesAndRevokesOneVoucherThenTheBatch() {
        // packages are listed by name, and the whole suite's server holds many: "0" keeps this one on the first page
        String pkg = "0 Voucher " + tag;
        Api owner = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        Api.Answer created = owner.post("/api/v1/packages", Map.of("name", pkg, "downloadKbps", 4000, "uploadKbps", 1000, "price", 2.5));
        owner.getCaughtUp("/api/v1/packages/" + created.id(), created.position());

        // the package has no validity of its own, so the server wants the batch's
        browser.on(port).signIn("admin", ApiTest.ADMIN_PASSWORD).follow("Vouchers").accessible("vouchers")
               .press("Issue batch").choose("Package", pkg).fill("Count", "3").fill("Prefix", "qa").press("Issue batch");
        assertThat(browser.errorNextTo("Validity (hours)")).containsIgnoringCase("validity");
        browser.fill("Validity (hours)", "24").accessible("issue batch form").press("Issue batch")
               .waitForText(By.tagName("h1"), "Vouchers for " + pkg)
               .waitForExactText(fact("Unused"), "3").accessible("voucher batch");

        browser.follow("Vouchers").waitForText(By.tagName("table"), pkg);
        assertThat(browser.text(By.xpath("//tr[td/a[normalize-space()='" + pkg + "']]"))).startsWith(pkg + " 3 3 0 0 0");

        browser.follow(pkg).waitForText(By.tagName("h1"), pkg).choose("Status", "active")
               .waitForText(By.tagName("table"), "No active voucher.")
               .choose("Status", "unused").waitForText(By.tagName("table"), "Page 1 of 1 (3 in all)");
        List<String> codes = browser.texts(By.cssSelector("table tbody td:first-child"));
        assertThat(codes).hasSize(3).allMatch(code -> code.matches("qa[2-9a-z]{10}"));

        browser.press("Download CSV");
        assertThat(browser.downloaded(".csv")).contains(codes);
        browser.press("Print cards").inNewTab().waitForText(codes.get(0));
        assertThat(browser.text(By.tagName("body"))).contains(codes.get(1), pkg);
        browser.closeTab();

        String lost = codes.get(0);
        browser.press("Revoke " + lost).fill("Reason", "card lost at the counter").press("Revoke " + lost).waitUntilNoDialog()
               .waitForExactText(fact("Revoked"), "1").waitForExactText(fact("Unused"), "2")
               .choose("Status", "revoked").waitForText(By.tagName("table"), lost).accessible("revoked vouchers");
        browser.press("Revoke batch").fill("Reason", "stack stolen").press("Revoke batch").waitUntilNoDialog()
               .waitForExactText(fact("Revoked"), "3").waitForExactText(fact("Unused"), "0")
               .waitForText(By.tagName("table"), "(3 in all)");
        assertThat(browser.buttons()).doesNotContain("Revoke batch");

        browser.follow("Dashboard").waitForText(By.cssSelector("[aria-labelledby=vouchers]"), "revoked").accessible("dashboard with vouchers");
        assertThat(Long.parseLong(browser.text(By.xpath("//*[@aria-labelledby='vouchers']//dt[.='revoked']/following-sibling::dd[1]"))))
                .isGreaterThanOrEqualTo(3);
    }

    /** The number the batch's facts give after {@code term}. */
    private static By fact(String term) {
        return By.xpath("//dl[@class='facts']/dt[.='" + term + "']/following-sibling::dd[1]");
    }
}
