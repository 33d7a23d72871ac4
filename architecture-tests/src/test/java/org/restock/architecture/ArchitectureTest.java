package org.restock.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Restock's architecture, checked on the main classes of every module on the test class path.
 * What each rule means and how to change one: docs/architecture/README.md.
 */
@AnalyzeClasses(packages = "org.restock",
        importOptions = {ImportOption.DoNotIncludeTests.class, DoNotIncludeTestJars.class})
class ArchitectureTest {

    private static final Architecture RESTOCK = Architecture.ofRestock();

    // The domain stays plain Java.
    @ArchTest
    static final ArchRule domain_depends_only_on_the_jdk = RESTOCK.domainDependsOnlyOnTheJdk();
    @ArchTest
    static final ArchRule domain_runs_on_the_callers_thread = RESTOCK.domainRunsOnTheCallersThread();
    @ArchTest
    static final ArchRule domain_takes_time_from_the_clock_port = RESTOCK.domainTakesTimeFromTheClockPort();
    @ArchTest
    static final ArchRule domain_contexts_are_free_of_cycles = RESTOCK.domainContextsAreFreeOfCycles();
    @ArchTest
    static final ArchRule domain_contexts_follow_their_diagram = RESTOCK.domainContextsFollowTheirDiagram();
    @ArchTest
    static final ArchRule public_domain_types_are_immutable = RESTOCK.publicDomainTypesAreImmutable();

    // Modules and the directions between them.
    @ArchTest
    static final ArchRule modules_follow_the_component_diagram = RESTOCK.modulesFollowTheComponentDiagram();
    @ArchTest
    static final ArchRule every_package_is_drawn = RESTOCK.everyPackageIsDrawn();
    @ArchTest
    static final ArchRule adapters_depend_inward_only = RESTOCK.adaptersDependInwardOnly();
    @ArchTest
    static final ArchRule adapter_packages_do_not_use_each_other = RESTOCK.adapterPackagesDoNotUseEachOther();
    @ArchTest
    static final ArchRule desktop_stands_alone = RESTOCK.desktopStandsAlone();
    @ArchTest
    static final ArchRule publisher_stands_alone = RESTOCK.publisherStandsAlone();
    @ArchTest
    static final ArchRule server_packages_are_free_of_cycles = RESTOCK.serverPackagesAreFreeOfCycles();
    @ArchTest
    static final ArchRule desktop_packages_are_free_of_cycles = RESTOCK.desktopPackagesAreFreeOfCycles();

    // One composition root.
    @ArchTest
    static final ArchRule only_the_server_builds_adapters_and_the_domain =
            RESTOCK.onlyTheServerBuildsAdaptersAndTheDomain();

    // Naming, both ways.
    @ArchTest
    static final ArchRule port_implementations_name_their_technology = RESTOCK.portImplementationsNameTheirTechnology();
    @ArchTest
    static final ArchRule technology_named_classes_live_in_their_adapter =
            RESTOCK.technologyNamedClassesLiveInTheirAdapter();
    @ArchTest
    static final ArchRule event_handlers_are_named_for_their_event = RESTOCK.eventHandlersAreNamedForTheirEvent();
    @ArchTest
    static final ArchRule classes_named_like_handlers_are_handlers = RESTOCK.classesNamedLikeHandlersAreHandlers();
    @ArchTest
    static final ArchRule view_models_stay_off_the_scene_graph = RESTOCK.viewModelsStayOffTheSceneGraph();

    // Coding.
    @ArchTest
    static final ArchRule no_standard_streams = RESTOCK.noStandardStreams();
    @ArchTest
    static final ArchRule no_generic_exceptions = RESTOCK.noGenericExceptions();
    @ArchTest
    static final ArchRule no_java_util_logging = RESTOCK.noJavaUtilLogging();
    @ArchTest
    static final ArchRule no_field_injection = RESTOCK.noFieldInjection();
    @ArchTest
    static final ArchRule no_static_state = RESTOCK.noStaticState();
}
