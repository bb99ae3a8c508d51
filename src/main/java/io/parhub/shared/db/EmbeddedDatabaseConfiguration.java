package io.parhub.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs parhub on its own PostgreSQL unless {@code spring.datasource.url} names an external one.
 *
 * <p>Production sets {@code SPRING_DATASOURCE_URL} (with user and password) and this configuration stands back.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.datasource.url", matchIfMissing = true, havingValue = "__embedded__")
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${parhub.data-dir}") Path dataDir,
            @Value("${parhub.db.embedded.port:0}") int port,
            @Value("${parhub.db.embedded.run-as:nobody}") String runAs,
            @Value("${parhub.db.embedded.database:parhub}") String database,
            @Value("${parhub.db.embedded.ephemeral:false}") boolean ephemeral) throws IOException {
        EmbeddedPostgres server = EmbeddedPostgres.start(dataDir.resolve("postgres"), port, runAs, ephemeral);
        server.createDatabaseIfMissing(database);
        return server;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres server,
            @Value("${parhub.db.embedded.database:parhub}") String database,
            @Value("${parhub.db.embedded.pool-size:20}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl(database));
        config.setUsername("postgres");
        config.setPassword("");
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("parhub-embedded");
        return new HikariDataSource(config);
    }
}
