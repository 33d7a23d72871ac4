package org.restock.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.library.plantuml.rules.PlantUmlArchCondition.Configuration.consideringOnlyDependenciesInAnyPackage;
import static com.tngtech.archunit.library.plantuml.rules.PlantUmlArchCondition.adhereToPlantUmlDiagram;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Restock's architecture rules, stated once over a base package.
 *
 * <p>{@link #ofRestock()} checks the product under {@code org.restock}; the same catalogue over
 * {@code org.restock.archfixtures} checks the deliberately broken fixtures, which proves every
 * rule can fail. A rule whose subject module has no classes yet (a module still an empty shell)
 * allows being empty; as soon as that module ships a class the rule turns strict by itself, so a
 * rule that selects nothing because of a misspelt package fails instead of passing quietly.
 *
 * <p>Every rule ends in a {@code because} that says what to do instead: ArchUnit prints it with
 * each violating class and source line.
 */
public final class Architecture {

    private final String base;
    private final Set<String> packagesWithClasses;
    private final ComponentDiagrams diagrams;
    private final Vocabulary vocabulary;

    private Architecture(String base, JavaClasses classes, ComponentDiagrams diagrams) {
        this.base = base;
        this.vocabulary = new Vocabulary(base);
        this.packagesWithClasses = classes.stream()
                .map(JavaClass::getPackageName)
                .collect(Collectors.toUnmodifiableSet());
        this.diagrams = diagrams;
    }

    /** The rules over the product's classes (main code of every module on the class path). */
    public static Architecture ofRestock() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(new DoNotIncludeTestJars())
                .importPackages("org.restock");
        return new Architecture("org.restock", production, ComponentDiagrams.asDrawn());
    }

    /** The same rules with every package moved under {@code base}, diagrams included. */
    static Architecture relocatedTo(String base, JavaClasses classes) {
        return new Architecture(base, classes, ComponentDiagrams.asDrawn().relocatedTo(base));
    }

    // ---------------------------------------------------------------- the domain stays plain Java

    public ArchRule domainDependsOnlyOnTheJdk() {
        return classes().that().resideInAPackage(in("domain"))
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", in("domain"))
                .because("the domain is plain Java (DESIGN §2): reach anything outside through a port"
                        + " interface declared in the domain and implemented in adapters");
    }

    public ArchRule domainRunsOnTheCallersThread() {
        return noClasses().that().resideInAPackage(in("domain"))
                .should().dependOnClassesThat().resideInAPackage("java.util.concurrent..")
                .because("the domain runs inside the caller's unit of work on the caller's thread;"
                        + " executors, locks and atomics belong in adapters or the server");
    }

    public ArchRule domainTakesTimeFromTheClockPort() {
        return classes().that().resideInAPackage(in("domain"))
                .should(vocabulary.notReadTheSystemClock())
                .because("time is a port: use the Clock in Ports and call now(clock), so tests and"
                        + " the nightly jobs decide what time it is");
    }

    public ArchRule domainContextsAreFreeOfCycles() {
        return slices().matching(base + ".domain.(*)..").namingSlices("domain context '$1'")
                .should().beFreeOfCycles()
                .because("a context that needs another's types takes them one way only;"
                        + " move what both need into 'shared' or into the lower context");
    }

    public ArchRule domainContextsFollowTheirDiagram() {
        return classes().that().resideInAPackage(in("domain"))
                .should(adhereToPlantUmlDiagram(diagrams.domainContexts(),
                        consideringOnlyDependenciesInAnyPackage(in("domain"))))
                .because("docs/architecture/domain-contexts.puml is the intended structure: change the"
                        + " dependency, or draw the new arrow there if it is meant");
    }

    public ArchRule publicDomainTypesAreImmutable() {
        return fields().that().areDeclaredInClassesThat().resideInAPackage(in("domain"))
                .and().areDeclaredInClassesThat().arePublic()
                .should().beFinal()
                .because("aggregates, values and use cases are immutable (ADR 0006): return a changed"
                        + " copy instead of assigning a field; a package-private helper may accumulate");
    }

    // ---------------------------------------------------------------- modules and their directions

    public ArchRule modulesFollowTheComponentDiagram() {
        return classes().that().resideInAPackage(base + "..")
                .should(adhereToPlantUmlDiagram(diagrams.components(),
                        consideringOnlyDependenciesInAnyPackage(base + "..")))
                .because("docs/architecture/components.puml is the intended structure: change the"
                        + " dependency, or draw the new package or arrow there if it is meant");
    }

    public ArchRule everyPackageIsDrawn() {
        List<PackageMatcher> drawn = diagrams.packagesIn(ComponentDiagrams.COMPONENTS).stream()
                .map(PackageMatcher::of)
                .toList();
        return classes().that().resideInAPackage(base + "..").and().doNotHaveSimpleName("package-info")
                .should(ArchConditions.be(DescribedPredicate.describe("in a package components.puml draws",
                        (JavaClass javaClass) -> drawn.stream().anyMatch(m -> m.matches(javaClass.getPackageName())))))
                .because("a new package is a decision: draw it in docs/architecture/components.puml with"
                        + " its arrows, or move the class into a drawn package");
    }

    public ArchRule adaptersDependInwardOnly() {
        return strictOnceAny(noClasses().that().resideInAPackage(in("adapters"))
                .should().dependOnClassesThat().resideInAnyPackage(
                        in("server"), in("desktop"), in("publisher"), in("benchmarks"))
                .because("adapters implement the domain's ports and know nothing of who wires them;"
                        + " if an adapter needs something from the server, make it a constructor"
                        + " parameter typed by a domain port or a JDK type"), "adapters");
    }

    public ArchRule adapterPackagesDoNotUseEachOther() {
        return strictOnceAny(slices().matching(base + ".adapters.(*)..").namingSlices("adapter '$1'")
                .should().notDependOnEachOther()
                .because("one package per technology (DESIGN §2): let the server pass one adapter's"
                        + " product to another through a domain port"), "adapters");
    }

    public ArchRule desktopStandsAlone() {
        return standsAlone("desktop", "the desktop client talks to the server over HTTP and SSE only;"
                + " give it its own JSON records in org.restock.desktop.api");
    }

    public ArchRule publisherStandsAlone() {
        return standsAlone("publisher", "the event publisher speaks the JMS contract of docs/events/"
                + " and nothing else; give it its own message records");
    }

    public ArchRule serverPackagesAreFreeOfCycles() {
        return freeOfCycles("server");
    }

    public ArchRule desktopPackagesAreFreeOfCycles() {
        return freeOfCycles("desktop");
    }

    // ---------------------------------------------------------------- one composition root

    public ArchRule onlyTheServerBuildsAdaptersAndTheDomain() {
        return classes().that().resideOutsideOfPackages(in("server"), in("benchmarks"))
                .should(vocabulary.notConstructAdaptersOrTheDomain())
                .because("the server's wiring is the one composition root: everywhere else, take the"
                        + " port or use case as a constructor parameter");
    }

    // ---------------------------------------------------------------- naming, both ways

    public ArchRule portImplementationsNameTheirTechnology() {
        return strictOnceAny(classes().that().resideInAPackage(in("adapters"))
                .and(vocabulary.implementAPort())
                .and().areNotAnonymousClasses()
                .should(vocabulary.haveATechnologyPrefix())
                .because("the name says what is behind the port (JdbcSuggestions, SmtpSupplierMailer);"
                        + " prefixes: " + String.join(", ", Vocabulary.TECHNOLOGY_PREFIXES)), "adapters");
    }

    public ArchRule technologyNamedClassesLiveInTheirAdapter() {
        return strictOnceAny(classes().that().resideInAPackage(in("adapters"))
                .should(vocabulary.liveInTheAdapterTheirPrefixNames())
                .because("a class named after a technology belongs to that technology's adapter"
                        + " package; move it, or rename it if it is not about that technology"), "adapters");
    }

    public ArchRule eventHandlersAreNamedForTheirEvent() {
        return classes().that().areAssignableTo(base + ".domain.events.EventHandler")
                .and().areNotInterfaces().and().areNotAnonymousClasses()
                .should().resideInAPackage(base + ".domain.events")
                .andShould().haveSimpleNameContaining("On")
                .because("a handler says what it does on which event: ReviewOnStockLevelChanged");
    }

    public ArchRule classesNamedLikeHandlersAreHandlers() {
        return classes().that().resideInAPackage(in("domain"))
                .and().haveNameMatching(".*\\.[A-Z][A-Za-z]*On[A-Z][A-Za-z]*")
                .should().beAssignableTo(base + ".domain.events.EventHandler")
                .because("'<Verb>On<Event>' is reserved for event handlers; rename the class or make"
                        + " it implement EventHandler");
    }

    public ArchRule viewModelsStayOffTheSceneGraph() {
        return strictOnceAny(noClasses().that().haveNameMatching(".*ViewModel(\\$.*)?")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .because("a view model holds state as properties and is tested without a toolkit;"
                        + " nodes, controls and dialogs belong in the *View or behind a DialogService"), "desktop");
    }

    // ---------------------------------------------------------------- coding

    public ArchRule noStandardStreams() {
        return noClasses().that().resideInAPackage(base + "..")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .because("log through SLF4J (ADR 0005); a command-line tool writes to a PrintStream it is given");
    }

    public ArchRule noGenericExceptions() {
        return noClasses().that().resideInAPackage(base + "..")
                .should(GeneralCodingRules.THROW_GENERIC_EXCEPTIONS)
                .because("a business rejection is a value or a DomainException subtype; a technical"
                        + " failure is a specific exception the edge maps");
    }

    public ArchRule noJavaUtilLogging() {
        return noClasses().that().resideInAPackage(base + "..")
                .should(GeneralCodingRules.USE_JAVA_UTIL_LOGGING)
                .because("log through SLF4J (ADR 0005); Helidon's JUL output reaches it through jul-to-slf4j");
    }

    public ArchRule noFieldInjection() {
        return noFields().that().areDeclaredInClassesThat().resideInAPackage(base + "..")
                .should(GeneralCodingRules.BE_ANNOTATED_WITH_AN_INJECTION_ANNOTATION)
                .because("there is no container: dependencies arrive through the constructor");
    }

    public ArchRule noStaticState() {
        return fields().that().areDeclaredInClassesThat().resideInAPackage(base + "..")
                .and().areStatic()
                .should().beFinal()
                .because("no static state (STYLE.md): keep it in an instance the wiring creates");
    }

    // ---------------------------------------------------------------- the vocabulary of the rules

    private String in(String module) {
        return vocabulary.in(module);
    }

    private boolean hasClasses(String module) {
        PackageMatcher matcher = PackageMatcher.of(in(module));
        return packagesWithClasses.stream().anyMatch(matcher::matches);
    }

    /** Empty is allowed only while none of the modules has a class. */
    private ArchRule strictOnceAny(ArchRule rule, String... modules) {
        return rule.allowEmptyShould(Arrays.stream(modules).noneMatch(this::hasClasses));
    }

    private ArchRule standsAlone(String module, String because) {
        return strictOnceAny(noClasses().that().resideInAPackage(in(module))
                .should().dependOnClassesThat(vocabulary.otherRestockModulesThan(module))
                .because(because), module);
    }

    private ArchRule freeOfCycles(String module) {
        return strictOnceAny(slices().matching(base + "." + module + ".(*)..")
                .namingSlices(module + " package '$1'")
                .should().beFreeOfCycles()
                .because("packages of one module depend one way; move what both need into the lower one"), module);
    }
}
