package org.restock.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.restock.archfixtures.adapters.json.JsonCodec;
import org.restock.archfixtures.adapters.mail.MailerThatReadsTheServer;
import org.restock.archfixtures.adapters.mail.MailerThatStoresProducts;
import org.restock.archfixtures.adapters.messaging.PumpWithItsOwnStore;
import org.restock.archfixtures.adapters.persistence.JdbcProducts;
import org.restock.archfixtures.adapters.persistence.ProductTable;
import org.restock.archfixtures.adapters.persistence.SmtpRelay;
import org.restock.archfixtures.benchmarks.PipelineBenchmark;
import org.restock.archfixtures.desktop.api.RestockClient;
import org.restock.archfixtures.desktop.suggestions.SuggestionsViewModel;
import org.restock.archfixtures.domain.events.ReviewOnStockLevelChanged;
import org.restock.archfixtures.domain.events.StockWatcher;
import org.restock.archfixtures.domain.handling.MutableAcceptance;
import org.restock.archfixtures.domain.product.DatesFromTheClock;
import org.restock.archfixtures.domain.product.ProductLogger;
import org.restock.archfixtures.domain.product.StampsWithTheWallClock;
import org.restock.archfixtures.domain.product.StockCache;
import org.restock.archfixtures.domain.review.RecountOnDelivery;
import org.restock.archfixtures.domain.supplier.SupplierCatalogue;
import org.restock.archfixtures.publisher.DemoPublisher;
import org.restock.archfixtures.server.ConsoleReport;
import org.restock.archfixtures.server.Counter;
import org.restock.archfixtures.server.Wiring;
import org.restock.archfixtures.server.http.InjectedHandler;
import org.restock.archfixtures.server.http.JulLogging;
import org.restock.archfixtures.server.jobs.Jobs;

/**
 * Every rule of {@link Architecture}, over the fixtures in {@code org.restock.archfixtures} (the same
 * rules and diagrams, moved to that package): each reports the class that breaks it, names it in
 * the message with the remedy, and leaves the well-behaved neighbour alone.
 */
class RulesBiteTest {

    private static final String FIXTURES = "org.restock.archfixtures";
    private static final JavaClasses CLASSES = new ClassFileImporter().importPackages(FIXTURES);
    private static final Architecture RULES = Architecture.relocatedTo(FIXTURES, CLASSES);

    @Nested
    class TheDomain {

        @Test
        void mayDependOnlyOnTheJdk() {
            assertThat(violations(RULES.domainDependsOnlyOnTheJdk()))
                    .anySatisfy(line -> assertThat(line).contains(ProductLogger.class.getName(), "org.slf4j.Logger"))
                    .allSatisfy(line -> assertThat(line).contains(ProductLogger.class.getName()));
        }

        @Test
        void mayNotUseJavaUtilConcurrent() {
            assertThat(violations(RULES.domainRunsOnTheCallersThread()))
                    .anySatisfy(line -> assertThat(line).contains(StockCache.class.getName(), "ConcurrentHashMap"));
        }

        @Test
        void mayNotReadTheWallClock() {
            List<String> violations = violations(RULES.domainTakesTimeFromTheClockPort());

            assertThat(violations)
                    .anySatisfy(line -> assertThat(line).contains("calls method <java.time.Instant.now()>"))
                    .anySatisfy(line -> assertThat(line).contains("references method <java.time.LocalDate.now()>"))
                    .anySatisfy(line -> assertThat(line).contains("java.lang.System.currentTimeMillis()"))
                    .allSatisfy(line -> assertThat(line).contains(StampsWithTheWallClock.class.getName()))
                    .noneSatisfy(line -> assertThat(line).contains(DatesFromTheClock.class.getName()));
        }

        @Test
        void contextsMayNotFormACycle() {
            assertThat(report(RULES.domainContextsAreFreeOfCycles()))
                    .contains("domain context 'product'", "domain context 'supplier'", SupplierCatalogue.class.getName());
        }

        @Test
        void contextsFollowTheirDiagram() {
            assertThat(violations(RULES.domainContextsFollowTheirDiagram()))
                    .allSatisfy(line -> assertThat(line).contains(SupplierCatalogue.class.getName()))
                    .isNotEmpty();
        }

        @Test
        void publicTypesMayNotHaveAssignableFields() {
            assertThat(violations(RULES.publicDomainTypesAreImmutable()))
                    .containsExactly("Field <" + MutableAcceptance.class.getName()
                            + ".accepted> does not have modifier FINAL in (MutableAcceptance.java:0)");
        }
    }

    @Nested
    class TheModules {

        @Test
        void followTheComponentDiagram() {
            List<String> violations = violations(RULES.modulesFollowTheComponentDiagram());

            assertThat(violations)
                    .anySatisfy(line -> assertThat(line).contains(MailerThatReadsTheServer.class.getName(), Wiring.class.getName()))
                    .anySatisfy(line -> assertThat(line).contains(MailerThatStoresProducts.class.getName()))
                    .anySatisfy(line -> assertThat(line).contains(RestockClient.class.getName()))
                    .anySatisfy(line -> assertThat(line).contains(DemoPublisher.class.getName()))
                    .anySatisfy(line -> assertThat(line).contains(
                            "Class " + JsonCodec.class.getName() + " is not contained in any component"))
                    .noneSatisfy(line -> assertThat(line).matches("\\w+ <" + Wiring.class.getName() + "[.$].*"))
                    .noneSatisfy(line -> assertThat(line).matches("\\w+ <" + JdbcProducts.class.getName() + "[.$].*"));
        }

        @Test
        void drawEveryPackage() {
            assertThat(violations(RULES.everyPackageIsDrawn()))
                    .containsExactly("Class <" + JsonCodec.class.getName()
                            + "> is not in a package components.puml draws in (JsonCodec.java:0)");
        }

        @Test
        void adaptersMayNotDependOnTheServer() {
            assertThat(violations(RULES.adaptersDependInwardOnly()))
                    .isNotEmpty()
                    .allSatisfy(line -> assertThat(line).contains(MailerThatReadsTheServer.class.getName()));
        }

        @Test
        void adapterPackagesMayNotUseEachOther() {
            assertThat(report(RULES.adapterPackagesDoNotUseEachOther()))
                    .contains("adapter 'mail' depends on adapter 'persistence'", MailerThatStoresProducts.class.getName())
                    .contains("adapter 'messaging' depends on adapter 'persistence'", PumpWithItsOwnStore.class.getName());
        }

        @Test
        void desktopMayNotUseAnotherModule() {
            assertThat(violations(RULES.desktopStandsAlone()))
                    .isNotEmpty()
                    .allSatisfy(line -> assertThat(line).contains(RestockClient.class.getName()));
        }

        @Test
        void publisherMayNotUseAnotherModule() {
            assertThat(violations(RULES.publisherStandsAlone()))
                    .isNotEmpty()
                    .allSatisfy(line -> assertThat(line).contains(DemoPublisher.class.getName()));
        }

        @Test
        void serverPackagesMayNotFormACycle() {
            assertThat(report(RULES.serverPackagesAreFreeOfCycles()))
                    .contains("server package 'http'", "server package 'jobs'", Jobs.class.getName());
        }

        @Test
        void desktopPackagesMayNotFormACycle() {
            assertThat(report(RULES.desktopPackagesAreFreeOfCycles()))
                    .contains("desktop package 'operations'", "desktop package 'suggestions'");
        }
    }

    @Nested
    class TheCompositionRoot {

        @Test
        void isTheOnlyPlaceThatBuildsAdaptersAndTheDomain() {
            List<String> violations = violations(RULES.onlyTheServerBuildsAdaptersAndTheDomain());

            assertThat(violations)
                    .anySatisfy(line -> assertThat(line).startsWith("Method <" + MailerThatStoresProducts.class.getName())
                            .contains("calls constructor <" + JdbcProducts.class.getName() + ".<init>()>"))
                    .anySatisfy(line -> assertThat(line).startsWith("Method <" + PumpWithItsOwnStore.class.getName())
                            .contains("references constructor <" + JdbcProducts.class.getName() + ".<init>()>"))
                    .anySatisfy(line -> assertThat(line).startsWith("Method <" + DemoPublisher.class.getName())
                            .contains("RestockDomain.<init>()"))
                    .noneSatisfy(line -> assertThat(line).contains(Wiring.class.getName()))
                    .noneSatisfy(line -> assertThat(line).contains(PipelineBenchmark.class.getName()))
                    .hasSize(3);
        }
    }

    @Nested
    class Naming {

        @Test
        void portImplementationsSayTheirTechnology() {
            assertThat(violations(RULES.portImplementationsNameTheirTechnology()))
                    .containsExactly(ProductTable.class.getName()
                            + " implements a port but its name starts with none of the technology prefixes");
        }

        @Test
        void technologyNamedClassesLiveInTheirAdapter() {
            assertThat(violations(RULES.technologyNamedClassesLiveInTheirAdapter()))
                    .containsExactly(SmtpRelay.class.getName()
                            + " is named for Smtp but lives in adapter package 'persistence', not in [mail]");
        }

        @Test
        void handlersAreNamedForTheirEvent() {
            assertThat(violations(RULES.eventHandlersAreNamedForTheirEvent()))
                    .isNotEmpty()
                    .allSatisfy(line -> assertThat(line).contains(StockWatcher.class.getName()))
                    .noneSatisfy(line -> assertThat(line).contains(ReviewOnStockLevelChanged.class.getName()));
        }

        @Test
        void classesNamedLikeHandlersAreHandlers() {
            assertThat(violations(RULES.classesNamedLikeHandlersAreHandlers()))
                    .isNotEmpty()
                    .allSatisfy(line -> assertThat(line).contains(RecountOnDelivery.class.getName()));
        }

        @Test
        void viewModelsStayOffTheSceneGraph() {
            assertThat(violations(RULES.viewModelsStayOffTheSceneGraph()))
                    .isNotEmpty()
                    .allSatisfy(line -> assertThat(line).contains(SuggestionsViewModel.class.getName(), "javafx.scene"));
        }
    }

    @Nested
    class Coding {

        @Test
        void noStandardStreams() {
            assertReportsOnly(RULES.noStandardStreams(), ConsoleReport.class);
        }

        @Test
        void noGenericExceptions() {
            assertReportsOnly(RULES.noGenericExceptions(), Jobs.class);
        }

        @Test
        void noJavaUtilLogging() {
            assertReportsOnly(RULES.noJavaUtilLogging(), JulLogging.class);
        }

        @Test
        void noFieldInjection() {
            assertReportsOnly(RULES.noFieldInjection(), InjectedHandler.class);
        }

        @Test
        void noStaticState() {
            assertReportsOnly(RULES.noStaticState(), Counter.class);
        }
    }

    @Test
    void everyMessageSaysWhatToDoInstead() throws Exception {
        for (var method : Architecture.class.getDeclaredMethods()) {
            if (method.getReturnType() == ArchRule.class && Modifier.isPublic(method.getModifiers())) {
                ArchRule rule = (ArchRule) method.invoke(RULES);
                EvaluationResult result = rule.evaluate(CLASSES);

                assertThat(result.hasViolation()).as(method.getName() + " reports a fixture").isTrue();
                assertThat(result.getFailureReport().toString()).as(method.getName()).contains(", because ");
            }
        }
    }

    @Test
    void everyRuleOfTheCatalogueRunsOnTheProduct() throws Exception {
        Architecture restock = Architecture.ofRestock();
        List<String> catalogue = new ArrayList<>();
        for (var method : Architecture.class.getDeclaredMethods()) {
            if (method.getReturnType() == ArchRule.class && Modifier.isPublic(method.getModifiers())) {
                catalogue.add(((ArchRule) method.invoke(restock)).getDescription());
            }
        }
        List<String> checked = new ArrayList<>();
        for (var field : ArchitectureTest.class.getDeclaredFields()) {
            if (field.getType() == ArchRule.class) {
                checked.add(((ArchRule) field.get(null)).getDescription());
            }
        }

        assertThat(checked).containsExactlyInAnyOrderElementsOf(catalogue);
    }

    private static List<String> violations(ArchRule rule) {
        return rule.evaluate(CLASSES).getFailureReport().getDetails();
    }

    private static String report(ArchRule rule) {
        return rule.evaluate(CLASSES).getFailureReport().toString();
    }

    private static void assertReportsOnly(ArchRule rule, Class<?> breaking) {
        assertThat(violations(rule))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains(breaking.getName()));
    }
}
