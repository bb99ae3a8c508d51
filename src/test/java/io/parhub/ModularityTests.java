package io.parhub;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** The module boundaries of docs/ARCHITECTURE.md hold: only public base-package types cross modules, and no cycles. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(ParhubApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void everyCapabilityIsItsOwnModule() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("org", "calendar", "account");
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        assertThat(java.nio.file.Path.of("target/spring-modulith-docs/components.puml")).exists();
    }
}
