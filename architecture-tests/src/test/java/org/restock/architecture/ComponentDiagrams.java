package org.restock.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PlantUML diagrams under {@code docs/architecture/} that the rules read: the source of truth
 * for which package may use which. Found by walking up from the working directory, so the tests
 * run from the module directory (Maven) and from the repository root alike.
 */
final class ComponentDiagrams {

    static final String FOLDER = "docs/architecture";
    static final String COMPONENTS = "components.puml";
    static final String DOMAIN_CONTEXTS = "domain-contexts.puml";
    private static final String DRAWN_BASE = "org.restock";
    private static final Pattern STEREOTYPE = Pattern.compile("<<([^<>]+)>>");

    private final Path folder;

    private ComponentDiagrams(Path folder) {
        this.folder = folder;
    }

    static ComponentDiagrams asDrawn() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null) {
            Path candidate = directory.resolve(FOLDER);
            if (Files.isRegularFile(candidate.resolve(COMPONENTS))) {
                return new ComponentDiagrams(candidate);
            }
            directory = directory.getParent();
        }
        throw new IllegalStateException("No " + FOLDER + "/" + COMPONENTS + " above " + Path.of("").toAbsolutePath());
    }

    /** Copies of the diagrams whose package stereotypes start at {@code base} instead of org.restock. */
    ComponentDiagrams relocatedTo(String base) {
        if (base.equals(DRAWN_BASE)) {
            return this;
        }
        try {
            Path copy = Files.createTempDirectory("restock-diagrams-");
            for (String name : new String[] {COMPONENTS, DOMAIN_CONTEXTS}) {
                String drawn = Files.readString(folder.resolve(name));
                Files.writeString(copy.resolve(name), drawn.replace("<<" + DRAWN_BASE + ".", "<<" + base + "."));
                copy.resolve(name).toFile().deleteOnExit();
            }
            copy.toFile().deleteOnExit();
            return new ComponentDiagrams(copy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URL components() {
        return url(COMPONENTS);
    }

    URL domainContexts() {
        return url(DOMAIN_CONTEXTS);
    }

    /** The package identifiers a diagram's components stand for, as written in their stereotypes. */
    Set<String> packagesIn(String diagram) {
        try {
            Set<String> packages = new LinkedHashSet<>();
            for (String line : Files.readAllLines(folder.resolve(diagram))) {
                if (line.strip().startsWith("'")) {
                    continue; // a PlantUML comment
                }
                Matcher matcher = STEREOTYPE.matcher(line);
                while (matcher.find()) {
                    packages.add(matcher.group(1));
                }
            }
            return packages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private URL url(String name) {
        try {
            return folder.resolve(name).toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
