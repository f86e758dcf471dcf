package io.ispflow.server.deadletter;

import io.ispflow.eventstore.DeadLetterTable;
import io.ispflow.radius.RadiusDatabase;
import io.ispflow.radius.RadiusProjectorConfiguration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;

import static io.ispflow.radius.RadiusProjectorConfiguration.PROCESSING_GROUP;

/**
 * The {@value RadiusProjectorConfiguration#PROCESSING_GROUP} processor's dead letters, in the RADIUS
 * database: a parked event commits in one transaction with the processor's token there and the rows of
 * its batch's other events, on MariaDB/MySQL as on PostgreSQL. The radius role brings them. The users'
 * rows of an event handled on its own are written when its unit of work commits, so nothing more is
 * written per event here.
 * Imported by {@code Roles} with the radius role, and so not a scanned {@code @Configuration}.
 */
public class RadiusDeadLetters {

    @Bean
    DeadLetters radiusDeadLetters(RadiusDatabase radius, @Qualifier("serializer") Serializer serializer,
                                  @Qualifier("eventSerializer") Serializer eventSerializer,
                                  ObjectProvider<EventProcessingConfiguration> processing) {
        return new DeadLetters(PROCESSING_GROUP,
                DeadLetterTable.queue(PROCESSING_GROUP, radius.dataSource(), radius.transactionManager(), serializer,
                        eventSerializer),
                radius.jdbcTemplate(), radius.transactionManager(), () -> { },
                DeadLetterProcessing.handlersOf(PROCESSING_GROUP, processing));
    }

    @Autowired
    void isolatePoison(EventProcessingConfigurer processing, BeanFactory beans) {
        DeadLetterProcessing.isolatePoison(processing, PROCESSING_GROUP, beans, "radiusDeadLetters");
    }
}
