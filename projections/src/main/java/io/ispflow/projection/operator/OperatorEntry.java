package io.ispflow.projection.operator;

import io.ispflow.kernel.Role;
import io.ispflow.kernel.operator.OperatorView;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A row of a tenant's operator list; a removed operator's row stays, marked, for the histories that name them. */
@Entity
@Table(name = "operator_view")
class OperatorEntry {

    @Id
    private UUID id;
    private UUID tenantId;
    private String username;
    @Enumerated(EnumType.STRING)
    private Role role;
    private boolean removed;

    OperatorEntry(UUID id, UUID tenantId, String username, Role role) {
        this.id = id;
        this.tenantId = tenantId;
        this.username = username;
        this.role = role;
    }

    void changeRole(Role to) {
        role = to;
    }

    void remove() {
        removed = true;
    }

    UUID id() {
        return id;
    }

    String username() {
        return username;
    }

    OperatorView view() {
        return new OperatorView(id, username, role);
    }

    protected OperatorEntry() {
    }
}
