package io.parhub.shared.db;

import io.parhub.ParhubApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded server keeps its data across restarts, and parhub runs on an external PostgreSQL when told to. */
class EmbeddedPostgresTest {

    @TempDir
    Path tmp;

    @Test
    void dataSurvivesARestart() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("restart")).resolve("postgres");
        dir.getParent().toFile().setExecutable(true, false);
        tmp.toFile().setExecutable(true, false);
        try (EmbeddedPostgres first = EmbeddedPostgres.start(dir, 0, "nobody", false)) {
            first.createDatabaseIfMissing("keep");
            try (var c = DriverManager.getConnection(first.jdbcUrl("keep"), "postgres", "")) {
                c.createStatement().execute("create table kept (v text); insert into kept values ('still here')");
            }
        }
        try (EmbeddedPostgres second = EmbeddedPostgres.start(dir, 0, "nobody", true);
             var c = DriverManager.getConnection(second.jdbcUrl("keep"), "postgres", "");
             var rs = c.createStatement().executeQuery("select v from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
        }
        assertThat(dir).doesNotExist();
    }

    @Test
    void aSecondServerOnTheSameDataDirectoryIsRefused() throws Exception {
        tmp.toFile().setExecutable(true, false);
        Path dir = tmp.resolve("shared");
        try (EmbeddedPostgres first = EmbeddedPostgres.start(dir, 0, "nobody", true)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> EmbeddedPostgres.start(dir, 0, "nobody", false))
                    .hasMessageContaining("Another parhub is already running");
            try (var c = DriverManager.getConnection(first.jdbcUrl("postgres"), "postgres", "");
                 var rs = c.createStatement().executeQuery("select 1")) {
                assertThat(rs.next()).as("the first server still answers").isTrue();
            }
        }
    }

    @Test
    void parhubUsesAnExternalDatabaseWhenOneIsConfigured() throws Exception {
        tmp.toFile().setExecutable(true, false);
        try (EmbeddedPostgres external = EmbeddedPostgres.start(tmp.resolve("external"), 0, "nobody", true)) {
            external.createDatabaseIfMissing("production");
            SpringApplication app = new SpringApplicationBuilder(ParhubApplication.class)
                    .properties("spring.datasource.url=" + external.jdbcUrl("production"),
                            "spring.datasource.username=postgres", "spring.datasource.password=",
                            "server.port=0", "parhub.demo.enabled=false",
                            "parhub.data-dir=" + tmp.resolve("must-not-be-used"))
                    .build();
            try (ConfigurableApplicationContext context = app.run()) {
                assertThat(context.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
                long migrations = context.getBean(JdbcClient.class)
                        .sql("select count(*) from flyway_schema_history where success").query(Long.class).single();
                assertThat(migrations).isGreaterThanOrEqualTo(4);
            }
            assertThat(tmp.resolve("must-not-be-used").resolve("postgres")).doesNotExist();
        }
    }
}
