package io.ispflow.query.voucher;

import io.ispflow.kernel.voucher.VoucherBatchView;
import io.ispflow.kernel.voucher.VoucherPrintout;
import io.ispflow.kernel.voucher.VoucherStatus;
import org.springframework.web.util.HtmlUtils;

import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A batch's unused vouchers as printable cards: one self-contained HTML page (no script, no outside resource), A4,
 * three cards across, each with the ISP's name, the package, the code, the validity, the price and the last day it
 * can be started. Every value is HTML-escaped. Used, expired and revoked vouchers are not printed: nobody can sell them.
 */
final class VoucherCards {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Vouchers %s</title>
            <style>
            @page { size: A4; margin: 10mm; }
            body { margin: 0; font-family: sans-serif; }
            .cards { display: grid; grid-template-columns: repeat(3, 1fr); gap: 4mm; }
            .card { border: 1px dashed #555; padding: 3mm; height: 33mm; break-inside: avoid; page-break-inside: avoid; }
            .isp { font-weight: bold; font-size: 10pt; }
            .package { font-size: 9pt; }
            .code { font-family: monospace; font-size: 15pt; letter-spacing: 1px; margin: 2mm 0; }
            .terms { font-size: 8pt; }
            @media screen { body { margin: 10mm; } }
            </style>
            </head>
            <body>
            <div class="cards">
            %s</div>
            </body>
            </html>
            """;
    private static final String CARD = """
            <div class="card"><div class="isp">%s</div><div class="package">%s</div><div class="code">%s</div>\
            <div class="terms">Valid %s from first login%s%s</div></div>
            """;

    private VoucherCards() {
    }

    static String of(VoucherPrintout printout) {
        VoucherBatchView batch = printout.batch();
        String price = batch.price() == null ? "" : " · Price " + batch.price().toPlainString();
        String until = batch.usableUntil() == null ? "" : " · Start by " + batch.usableUntil().toString().substring(0, 10);
        String cards = printout.vouchers().stream().filter(voucher -> voucher.status() == VoucherStatus.UNUSED)
                .map(voucher -> CARD.formatted(escaped(printout.ispName()), escaped(batch.packageName()), escaped(voucher.code()),
                        escaped(validity(batch.validityHours())), escaped(price), escaped(until)))
                .collect(Collectors.joining());
        return PAGE.formatted(escaped(batch.id()), cards);
    }

    private static String validity(long hours) {
        if (hours % 24 == 0) {
            long days = hours / 24;
            return days + (days == 1 ? " day" : " days");
        }
        return hours + (hours == 1 ? " hour" : " hours");
    }

    private static String escaped(Object value) {
        return HtmlUtils.htmlEscape(Objects.toString(value, ""), "UTF-8");
    }
}
