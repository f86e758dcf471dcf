package io.ispflow.command.voucher;

import io.ispflow.command.CommandAccepted;
import io.ispflow.eventstore.EventStorePositions;
import io.ispflow.kernel.Actor;
import io.ispflow.kernel.pkg.PackageId;
import io.ispflow.kernel.voucher.IssueVoucherBatch;
import io.ispflow.kernel.voucher.RevokeVoucher;
import io.ispflow.kernel.voucher.RevokeVoucherBatch;
import io.ispflow.kernel.voucher.VoucherBatchId;
import io.ispflow.kernel.voucher.VoucherId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Voucher commands of API.md: issue a batch, revoke a batch, revoke one voucher by its code. */
@RestController
@RequestMapping("/api/v1")
class VoucherCommandController {

    private final CommandGateway commands;
    private final EventStorePositions positions;
    private final VoucherLives lives;

    VoucherCommandController(CommandGateway commands, EventStorePositions positions, VoucherLives lives) {
        this.commands = commands;
        this.positions = positions;
        this.lives = lives;
    }

    /**
     * {@code count} 1 to 10,000; {@code codeLength} 6 to 16 random characters after the optional {@code prefix};
     * {@code validityHours} or else the package's validity; {@code price} or else the package's; {@code usableUntil}
     * ends unused codes. A long count, so that a number beyond an int is refused by the bounds, not read as another.
     */
    record BatchRequest(@NotNull UUID packageId, @NotNull @Min(1) @Max(IssueVoucherBatch.MAX_COUNT) Long count, String prefix, Integer codeLength,
                        Integer validityHours, BigDecimal price, Instant usableUntil) {
    }

    record Revocation(@NotBlank String reason) {
    }

    /** The answer's position is the batch's last event: every voucher's is recorded before it. */
    @PostMapping("/voucher-batches")
    @ResponseStatus(HttpStatus.CREATED)
    CommandAccepted issue(@Valid @RequestBody BatchRequest request, Actor actor) {
        VoucherBatchId id = VoucherBatchId.random();
        return send(id.value(), new IssueVoucherBatch(id, actor.tenantId(), PackageId.of(request.packageId()),
                request.count().intValue(), request.prefix(), request.codeLength(), request.validityHours(), request.price(),
                request.usableUntil()));
    }

    /** Revokes the batch and each of its vouchers still unused or active; revoking it again changes nothing. */
    @PostMapping("/voucher-batches/{id}/revoke")
    CommandAccepted revokeBatch(@PathVariable UUID id, @Valid @RequestBody Revocation body, Actor actor) {
        return send(id, new RevokeVoucherBatch(VoucherBatchId.of(id), actor.tenantId(), body.reason()));
    }

    /** The code is looked up in the caller's tenant only: another tenant's code, or a malformed one, is not found. */
    @PostMapping("/vouchers/{code}/revoke")
    CommandAccepted revoke(@PathVariable String code, @Valid @RequestBody Revocation body, Actor actor) {
        VoucherId voucher = lives.withCode(actor.tenantId(), code);
        return send(voucher.value(), new RevokeVoucher(voucher, actor.tenantId(), body.reason()));
    }

    private CommandAccepted send(UUID id, Object command) {
        commands.sendAndWait(command);
        return new CommandAccepted(id, positions.lastEventOf(id));
    }
}
