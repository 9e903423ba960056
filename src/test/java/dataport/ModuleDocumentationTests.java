package dataport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

    @Test
    void theReadmesModuleTableHasARowForEveryModuleWithItsPackageInfoText() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        ApplicationModules modules = ApplicationModules.of(Application.class);

        assertThat(modules.stream()).allSatisfy(module -> {
            String name = module.getIdentifier().toString();
            String javadoc = Files.readString(Path.of("src/main/java/dataport", name, "package-info.java"));
            String text = javadoc.substring(javadoc.indexOf("/**") + 3, javadoc.indexOf("*/"))
                    .replaceAll("\\s*\\*\\s*", " ")
                    .strip();
            // "Audit: the append-only trail…" may read "The append-only trail…" in the table's row.
            String withoutName = text.replaceFirst("^[\\p{L} ]{1,30}: (\\p{L})", "$1");
            withoutName = Character.toUpperCase(withoutName.charAt(0)) + withoutName.substring(1);
            assertThat(readme)
                    .as("README row of module " + name)
                    .containsAnyOf("| `" + name + "` | " + text + " |", "| `" + name + "` | " + withoutName + " |");
        });
    }
}
