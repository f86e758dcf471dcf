package io.ispflow.kernel.webhook;

import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.ErrorCode;

/** A webhook URL ispflow will not post to: plain http where https is required, or a host inside the installation. */
public class WebhookUrlRefusedException extends DomainException {

    public WebhookUrlRefusedException(String reason) {
        super(ErrorCode.WEBHOOK_URL_REFUSED, reason);
    }
}
