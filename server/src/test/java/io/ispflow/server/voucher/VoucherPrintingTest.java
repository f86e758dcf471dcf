package io.ispflow.server.voucher;

import io.ispflow.server.Api;
import io.ispflow.server.ApiTest;
import io.ispflow.server.Eventually;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch's CSV and printable cards, and who sees codes: the roles that print (OWNER, ADMIN, OPERATOR) see them
 * everywhere; AUDITOR and READONLY see the lists with every code masked and are refused the CSV and the cards.
 * The ISP's and the package's names are an attacker's markup and a spreadsheet formula.
 */
@ApiTest
class VoucherPrintingTest {

    static {
        ApiTest.Databases.prepare();
    }

    static final String HOSTILE_ISP = "<script>alert(1)</script> Joe's & Co";
    static final String HOSTILE_PACKAGE = "=HYPERLINK(\"x\"),<b>1 day</b>";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext server;

    VoucherEvents events;
    VoucherIsp isp;
    VoucherEvents.Batch batch;
    long last;

    @BeforeEach
    void aBatchWithOneVoucherOfEachStatus() {
        events = VoucherEvents.of(server);
        isp = VoucherIsp.create(port, HOSTILE_ISP, HOSTILE_PACKAGE);
        batch = events.issued(isp.tenant(), isp.packageId(), 4, Duration.ofDays(1), new BigDecimal("2.50"),
                Instant.parse("2099-12-31T00:00:00Z"));
        events.activated(batch, 0, Instant.now());
        last = events.revoked(batch, 1);
    }

    @Test
    void theCsvHasEveryVoucherWithTheBatchTermsQuotedAndDisarmed() {
        Api.Answer csv = csv(isp.owner());

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = csv.text().lines().toList();
        String terms = ",\"'=HYPERLINK(\"\"x\"\"),<b>1 day</b>\",24,2.50,2099-12-31T00:00:00Z";
        assertThat(lines).containsExactly("code,status,package,validityHours,price,usableUntil",
                batch.codes().get(0) + ",ACTIVE" + terms, batch.codes().get(1) + ",REVOKED" + terms,
                batch.codes().get(2) + ",UNUSED" + terms, batch.codes().get(3) + ",UNUSED" + terms);
    }

    @Test
    void theCardsAreOneSelfContainedPageOfTheUnusedVouchersWithEveryValueEscaped() {
        Api.Answer cards = isp.owner().getCaughtUp("/api/v1/voucher-batches/" + batch.id() + "/cards", last);

        assertThat(cards.status()).isEqualTo(200);
        assertThat(cards.contentType()).startsWith("text/html");
        String html = cards.text();
        assertThat(html).contains("@page { size: A4", batch.codes().get(2), batch.codes().get(3), "Valid 1 day", "Price 2.50",
                "Start by 2099-12-31", "&lt;script&gt;alert(1)&lt;/script&gt; Joe&#39;s &amp; Co",
                "=HYPERLINK(&quot;x&quot;),&lt;b&gt;1 day&lt;/b&gt;");
        assertThat(html).doesNotContain("<script", "<b>", batch.codes().get(0), batch.codes().get(1), "src=", "href=");
    }

    @Test
    void theRolesThatPrintSeeCodesAndTheOthersSeeThemMasked() {
        for (String role : List.of("ADMIN", "OPERATOR")) {
            Api printer = isp.operator(role);
            assertThat(codes(printer)).as(role).containsExactlyElementsOf(batch.codes());
            assertThat(csv(printer).status()).as(role).isEqualTo(200);
            assertThat(printer.getCaughtUp("/api/v1/voucher-batches/" + batch.id() + "/cards", last).status()).as(role)
                    .isEqualTo(200);
        }
        for (String role : List.of("AUDITOR", "READONLY")) {
            Api reader = isp.operator(role);
            assertThat(codes(reader)).as(role).containsOnly("***").hasSize(4);
            assertThat(reader.getCaughtUp("/api/v1/voucher-batches/" + batch.id(), last).status()).as(role).isEqualTo(200);
            Api.Answer csv = csv(reader);
            assertThat(csv.status()).as(role).isEqualTo(403);
            assertThat(csv.text()).doesNotContain(batch.codes().get(2));
            Api.Answer cards = reader.getCaughtUp("/api/v1/voucher-batches/" + batch.id() + "/cards", last);
            assertThat(cards.status()).as(role).isEqualTo(403);
            assertThat(cards.code()).isEqualTo("FORBIDDEN");
        }
    }

    private List<String> codes(Api caller) {
        return VoucherReadModelTest.texts(caller.getCaughtUp("/api/v1/voucher-batches/" + batch.id() + "/vouchers", last)
                .body().get("items"), "code");
    }

    private Api.Answer csv(Api caller) {
        return Eventually.value(() -> caller.exchange("/api/v1/voucher-batches/" + batch.id() + "/vouchers",
                        request -> request.header("Accept", "text/csv").header("X-Min-Position", Long.toString(last)).GET()),
                answer -> answer.status() != 504, Duration.ofSeconds(20));
    }
}
