package org.restock.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Leaves out Maven test-jars ({@code restock-adapters-…-tests.jar}), which reach this class path
 * when a module depends on another's test-jar at compile scope. ArchUnit's {@code DoNotIncludeTests}
 * knows test-classes folders only.
 */
public final class DoNotIncludeTestJars implements ImportOption {

    @Override
    public boolean includes(Location location) {
        return !location.contains("-tests.jar");
    }
}
