package io.ispflow.radius;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RadiusDialectTest {

    @Test
    void mysqlAndMariadbUrlsSpeakMysql() {
        assertThat(RadiusDialect.of("jdbc:mysql://db:3306/radius")).isEqualTo(RadiusDialect.MYSQL);
        assertThat(RadiusDialect.of("jdbc:mariadb://db:3306/radius")).isEqualTo(RadiusDialect.MYSQL);
    }

    @Test
    void postgresqlUrlSpeaksPostgresql() {
        assertThat(RadiusDialect.of("jdbc:postgresql://db:5432/radius")).isEqualTo(RadiusDialect.POSTGRESQL);
    }

    @Test
    void eachDialectMigratesItsOwnSchema() {
        assertThat(RadiusDialect.MYSQL.flywayLocation()).isEqualTo("classpath:db/radius/mysql");
        assertThat(RadiusDialect.POSTGRESQL.flywayLocation()).isEqualTo("classpath:db/radius/postgresql");
    }

    @Test
    void anyOtherDatabaseIsRefusedNamingTheProperty() {
        assertThatIllegalArgumentException().isThrownBy(() -> RadiusDialect.of("jdbc:h2:mem:radius"))
                .withMessageContaining("ispflow.radius.datasource.url");
        assertThatIllegalArgumentException().isThrownBy(() -> RadiusDialect.of(null));
    }
}
