package org.restock.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules are only as good as the classes they see: every module of the build is on this
 * module's class path and imported in full, and a rule over a module turns strict once that
 * module has classes.
 */
class ImportTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(new DoNotIncludeTestJars())
            .importPackages("org.restock");

    /** The modules of the parent pom that ship classes: not this one, nor a module of tests only. */
    static List<String> modulesOfTheBuild() throws IOException {
        Path parent = Path.of("").toAbsolutePath();
        while (parent != null && !Files.isDirectory(parent.resolve("architecture-tests"))) {
            parent = parent.getParent();
        }
        assertThat(parent).as("the build's root folder above %s", Path.of("").toAbsolutePath()).isNotNull();
        Path root = parent;
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(parent.resolve("pom.xml")));
        return module.results().map(result -> result.group(1).strip())
                .filter(name -> !name.equals("architecture-tests"))
                .filter(name -> Files.isDirectory(root.resolve(name).resolve("src/main/java")))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modulesOfTheBuild")
    void importsEveryClassOfEachModule(String module) throws IOException {
        Path location = classPathEntryOf(module)
                .orElseThrow(() -> new AssertionError("module " + module + " is not on the test class path:"
                        + " add restock-" + module + " to architecture-tests/pom.xml as a test dependency"));

        List<String> compiled = restockClassesIn(location);
        List<String> missing = compiled.stream().filter(name -> !PRODUCTION.contain(name)).toList();

        assertThat(missing).as("classes of %s (%s) the rules do not see", module, location).isEmpty();
    }

    @Test
    void importsNoTestClasses() {
        assertThat(PRODUCTION.stream()
                .map(javaClass -> javaClass.getSource().map(source -> source.getUri().toString()).orElse("")))
                .noneMatch(where -> where.contains("/test-classes/") || where.contains("-tests.jar"));
    }

    @Test
    void theDomainIsThere() {
        assertThat(PRODUCTION.stream().filter(c -> c.getPackageName().startsWith("org.restock.domain")))
                .hasSizeGreaterThan(50);
    }

    @Test
    void aRuleOverAModuleWithoutClassesMayBeEmpty() {
        JavaClasses withoutDesktop = new ClassFileImporter().importPackages(
                "org.restock.archfixtures.domain", "org.restock.archfixtures.adapters");
        Architecture rules = Architecture.relocatedTo("org.restock.archfixtures", withoutDesktop);

        assertThat(rules.viewModelsStayOffTheSceneGraph().evaluate(withoutDesktop).hasViolation()).isFalse();
    }

    @Test
    void aRuleOverAModuleWithClassesFailsWhenItSelectsNothing() {
        JavaClasses everything = new ClassFileImporter().importPackages("org.restock.archfixtures");
        JavaClasses withoutDesktop = new ClassFileImporter().importPackages(
                "org.restock.archfixtures.domain", "org.restock.archfixtures.adapters");
        Architecture rules = Architecture.relocatedTo("org.restock.archfixtures", everything);

        assertThatThrownBy(() -> rules.viewModelsStayOffTheSceneGraph().evaluate(withoutDesktop))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    /**
     * The module's jar ({@code restock-server.jar} or {@code restock-domain-0.1.0-SNAPSHOT.jar}: reactor
     * build, installed artifact) or its classes folder (IDE, compile phase).
     */
    private static Optional<Path> classPathEntryOf(String module) {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of)
                .filter(entry -> entry.getFileName().toString().matches("restock-" + module + "(-\\d[^/]*)?\\.jar")
                        && !entry.getFileName().toString().endsWith("-tests.jar")
                        || entry.endsWith(Path.of(module, "target", "classes")))
                .findFirst();
    }

    /** The Restock classes compiled into a jar or a classes folder, by name. */
    private static List<String> restockClassesIn(Path location) throws IOException {
        Stream<String> files;
        if (Files.isDirectory(location)) {
            if (!Files.isDirectory(location.resolve("org/restock"))) {
                return List.of();
            }
            try (Stream<Path> walk = Files.walk(location.resolve("org/restock"))) {
                files = walk.map(file -> location.relativize(file).toString().replace(File.separatorChar, '/'))
                        .toList().stream();
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                files = jar.stream().map(entry -> entry.getName()).toList().stream();
            }
        }
        return files.filter(name -> name.startsWith("org/restock/") && name.endsWith(".class"))
                .filter(name -> !name.endsWith("module-info.class"))
                .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                .toList();
    }
}
