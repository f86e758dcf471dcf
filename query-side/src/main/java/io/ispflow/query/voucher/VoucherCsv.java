package io.ispflow.query.voucher;

import io.ispflow.kernel.voucher.VoucherBatchView;
import io.ispflow.kernel.voucher.VoucherPrintout;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A batch as RFC 4180 CSV, a header and a line per voucher. A field with a comma, a quote or a line break is quoted,
 * and one a spreadsheet would take for a formula (starting with = + - @ or a tab) starts with a quote mark instead.
 */
final class VoucherCsv {

    private static final String HEADER = "code,status,package,validityHours,price,usableUntil";

    private VoucherCsv() {
    }

    static String of(VoucherPrintout printout) {
        VoucherBatchView batch = printout.batch();
        String terms = Stream.of(batch.packageName(), batch.validityHours(), batch.price(), batch.usableUntil())
                             .map(VoucherCsv::field).collect(Collectors.joining(","));
        return Stream.concat(Stream.of(HEADER), printout.vouchers().stream()
                             .map(voucher -> field(voucher.code()) + "," + voucher.status() + "," + terms))
                     .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    static String field(Object value) {
        String text = Objects.toString(value, "");
        if (!text.isEmpty() && List.of('=', '+', '-', '@', '\t').contains(text.charAt(0))) {
            text = "'" + text;
        }
        return text.matches("(?s).*[,\"\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
