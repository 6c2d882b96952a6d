package uk.nhs.eia;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The feature modules depend on each other only through their public types and as each declares, with no cycles. */
class ModuleStructureTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(EiaApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    /** Kept in docs/modules, so a change to the modules shows in the diagrams' diff. */
    @Test
    void theModuleDiagramsAreWrittenFromTheCode() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
