package io.ispflow.server.deadletter;

import io.ispflow.eventstore.DeadLetterTable;
import io.ispflow.projection.ProjectionsConfiguration;
import jakarta.persistence.EntityManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;

import static io.ispflow.projection.ProjectionsConfiguration.PROCESSING_GROUP;

/**
 * The {@value ProjectionsConfiguration#PROCESSING_GROUP} processor's dead letters, in the application
 * database beside its token and tables; the projections role brings them. Its projectors write through
 * JPA, so an event's rows are written by flushing the persistence context.
 * Imported by {@code Roles} with the projections role, and so not a scanned {@code @Configuration}.
 */
public class ReadModelDeadLetters {

    @Bean
    DeadLetters readModelDeadLetters(DataSource dataSource, PlatformTransactionManager transactions,
                                     EntityManager entities, @Qualifier("serializer") Serializer serializer,
                                     @Qualifier("eventSerializer") Serializer eventSerializer,
                                     ObjectProvider<EventProcessingConfiguration> processing) {
        return new DeadLetters(PROCESSING_GROUP,
                DeadLetterTable.queue(PROCESSING_GROUP, dataSource, transactions, serializer, eventSerializer),
                new JdbcTemplate(dataSource), transactions, entities::flush,
                DeadLetterProcessing.handlersOf(PROCESSING_GROUP, processing));
    }

    @Autowired
    void isolatePoison(EventProcessingConfigurer processing, BeanFactory beans) {
        DeadLetterProcessing.isolatePoison(processing, PROCESSING_GROUP, beans, "readModelDeadLetters");
    }
}
