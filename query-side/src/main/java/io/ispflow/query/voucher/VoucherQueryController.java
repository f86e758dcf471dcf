package io.ispflow.query.voucher;

import io.ispflow.kernel.Actor;
import io.ispflow.kernel.PageRequest;
import io.ispflow.kernel.voucher.FindVoucherBatch;
import io.ispflow.kernel.voucher.ListVoucherBatches;
import io.ispflow.kernel.voucher.ListVouchers;
import io.ispflow.kernel.voucher.PrintVoucherBatch;
import io.ispflow.kernel.voucher.VoucherBatchId;
import io.ispflow.kernel.voucher.VoucherBatchList;
import io.ispflow.kernel.voucher.VoucherBatchView;
import io.ispflow.kernel.voucher.VoucherList;
import io.ispflow.kernel.voucher.VoucherPrinting;
import io.ispflow.kernel.voucher.VoucherPrintout;
import io.ispflow.kernel.voucher.VoucherStatus;
import io.ispflow.query.Answers;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Voucher reads of API.md. Codes are secrets: a batch's vouchers are listed with their codes only to the roles that
 * print them ({@link VoucherPrinting}), masked to the others, and the CSV and the cards, which are all codes, are
 * theirs alone. None of these answers is cached.
 */
@RestController
@RequestMapping("/api/v1/voucher-batches")
class VoucherQueryController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final Answers answers;

    VoucherQueryController(Answers answers) {
        this.answers = answers;
    }

    @GetMapping
    VoucherBatchList list(Actor actor, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return answers.list(new ListVoucherBatches(actor.tenantId(), new PageRequest(page, size), Instant.now()),
                VoucherBatchList.class);
    }

    @GetMapping("/{id}")
    VoucherBatchView one(Actor actor, @PathVariable UUID id) {
        return answers.one(new FindVoucherBatch(actor.tenantId(), VoucherBatchId.of(id), Instant.now()), VoucherBatchView.class,
                "voucher batch " + id);
    }

    @GetMapping(value = "/{id}/vouchers", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<VoucherList> vouchers(Actor actor, @PathVariable UUID id, @RequestParam(required = false) VoucherStatus status,
                                         @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(answers.one(new ListVouchers(actor.tenantId(),
                VoucherBatchId.of(id), status, new PageRequest(page, size), Instant.now(), actor.role()), VoucherList.class,
                "voucher batch " + id));
    }

    /** The whole batch, every status, for a spreadsheet. */
    @GetMapping(value = "/{id}/vouchers", produces = "text/csv")
    ResponseEntity<String> csv(Actor actor, @PathVariable UUID id) {
        VoucherPrintout printout = printout(actor, id);
        return ResponseEntity.ok().contentType(CSV).cacheControl(CacheControl.noStore())
                             .header("Content-Disposition", "attachment; filename=\"vouchers-" + id + ".csv\"")
                             .body(VoucherCsv.of(printout));
    }

    /** The batch's unused vouchers as A4 pages of cards; nothing but inline styles may run in it. */
    @GetMapping(value = "/{id}/cards", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> cards(Actor actor, @PathVariable UUID id) {
        VoucherPrintout printout = printout(actor, id);
        return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noStore())
                             .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                             .body(VoucherCards.of(printout));
    }

    /**
     * The cards' route is for printers alone (AccessPolicy); the CSV shares its route with the list, so the query
     * handler refuses the others too.
     */
    private VoucherPrintout printout(Actor actor, UUID id) {
        return answers.one(new PrintVoucherBatch(actor.tenantId(), VoucherBatchId.of(id), Instant.now(), actor.role()),
                VoucherPrintout.class, "voucher batch " + id);
    }
}
