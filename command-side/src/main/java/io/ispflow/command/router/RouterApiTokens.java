package io.ispflow.command.router;

import io.ispflow.kernel.privacy.PersonalDataVault;
import io.ispflow.kernel.privacy.SealedValue;
import io.ispflow.kernel.router.RouterApiTokenRotated;
import io.ispflow.kernel.router.RouterDecommissioned;
import io.ispflow.kernel.router.RouterId;
import io.ispflow.kernel.router.RouterRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link RouterApiTokenIndex} in the same transaction as the router's events (a subscribing
 * processor), so a rotated token or a decommissioned router's opens nothing from the moment its command returns.
 */
@Component
@ProcessingGroup(RouterApiTokens.PROCESSING_GROUP)
class RouterApiTokens {

    static final String PROCESSING_GROUP = "router-api-tokens";

    private final RouterApiTokenIndex index;
    private final PersonalDataVault vault;

    RouterApiTokens(RouterApiTokenIndex index, PersonalDataVault vault) {
        this.index = index;
        this.vault = vault;
    }

    @EventHandler
    void on(RouterRegistered e) {
        index.record(e.routerId(), e.tenantId(), opened(e.routerId(), e.apiToken()));
    }

    @EventHandler
    void on(RouterApiTokenRotated e) {
        index.record(e.routerId(), e.tenantId(), opened(e.routerId(), e.apiToken()));
    }

    @EventHandler
    void on(RouterDecommissioned e) {
        index.remove(e.routerId());
    }

    /** Routers are never forgotten, so their key is always there. */
    private String opened(RouterId id, SealedValue token) {
        return vault.open(id.value(), token, String.class)
                .orElseThrow(() -> new IllegalStateException("router " + id + " has no key"));
    }
}
