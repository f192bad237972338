package nl.passend;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module layout holds: no cycles, no reaching into another module's internals. */
class ModularityTests {

    /**
     * Test classes are left out by path; ArchUnit's own DoNotIncludeTests only knows {@code target/test-classes},
     * and a build with {@code -Dbuild.dir} puts them elsewhere.
     */
    private final ApplicationModules modules = ApplicationModules.of(PassendApplication.class,
            location -> !location.contains("/test-classes/"));

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
    }
}
