package io.ispflow.server.attack;

import io.ispflow.radius.RadiusDatabase;
import io.ispflow.radius.rebuild.RadiusDrift;
import io.ispflow.server.Api;
import io.ispflow.server.RawHttp;
import io.ispflow.server.deadletter.DeadLetters;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;
import java.util.Map;

/**
 * What each of the attacker's tests starts from, on the shared test server: the cast signed in, the
 * targets they aim at, valid commands to spoil and the probes to play tricks with, the API document and
 * the invariants.
 */
record Arena(RawHttp http, Cast cast, Targets targets, ValidCommands commands, Probes probes, ApiDocument document,
             Invariants invariants, String foreignPackageId) {

    static Arena prepare(int port, ApplicationContext server) {
        RawHttp http = new RawHttp(port);
        Cast cast = Cast.signIn(port, server.getBean(JdbcTemplate.class), server.getBean(PasswordEncoder.class));
        Api owner = new Api(port).withToken(cast.owner().token());
        Api platformAdmin = new Api(port).withToken(cast.platformAdmin().token());
        JdbcTemplate appDatabase = server.getBean(JdbcTemplate.class);
        Targets targets = Targets.create(owner, platformAdmin, appDatabase);
        String foreignPackage = new Api(port).withToken(cast.otherTenant().token())
                .post("/api/v1/packages", Map.of("name", "Foreign", "downloadKbps", 3000, "uploadKbps", 1000)).id();
        ValidCommands commands = new ValidCommands(cast, targets, owner, platformAdmin,
                new IssuedCodes(owner, targets.packageId(), appDatabase));
        Invariants invariants = new Invariants(http, new StoredEvents(server.getBean(EventStorageEngine.class)),
                server.getBean(EventProcessingConfiguration.class), server.getBean(RadiusDrift.class),
                List.copyOf(server.getBeansOfType(DeadLetters.class).values()), cast.platformAdmin(),
                new RadiusFingerprint(server.getBean(RadiusDatabase.class).jdbcTemplate()));
        return new Arena(http, cast, targets, commands, new Probes(targets, commands), ApiDocument.read(http), invariants,
                foreignPackage);
    }
}
