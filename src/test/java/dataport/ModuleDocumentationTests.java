package dataport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes the module map from the code, so it cannot drift from it: {@code target/spring-modulith-docs/} gets the
 * whole application as a C4 component diagram ({@code components.puml}), one diagram per module
 * ({@code module-<name>.puml}), one canvas per module ({@code module-<name>.adoc}) and {@code all-docs.adoc}. The
 * README's Architecture section links them.
 */
class ModuleDocumentationTests {

    @Test
    void theModuleMapIsWrittenFromTheCode() {
        ApplicationModules modules = ApplicationModules.of(Application.class);

        new Documenter(modules).writeDocumentation();

        Path docs = Path.of("target", "spring-modulith-docs");
        assertThat(docs.resolve("components.puml")).exists();
        assertThat(modules.stream())
                .allSatisfy(
                        module -> assertThat(Files.exists(docs.resolve("module-" + module.getIdentifier() + ".puml")))
                                .as(module.getIdentifier().toString())
                                .isTrue());
    }
}
