package org.restock.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The predicates and conditions {@link Architecture}'s rules are made of, over a base package. */
final class Vocabulary {

    /** The prefixes an adapter class names its technology by (STYLE.md, Naming). */
    static final List<String> TECHNOLOGY_PREFIXES = List.of(
            "Jdbc", "H2", "Postgres", "Artemis", "Jms", "Http", "Smtp", "Recording", "InMemory", "Central");

    /** Where a class named after a technology belongs: prefix → adapter packages (relative). */
    static final Map<String, List<String>> TECHNOLOGY_HOMES = Map.of(
            "Jdbc", List.of("persistence", "centraldb"),
            "H2", List.of("persistence", "centraldb"),
            "Postgres", List.of("persistence", "centraldb"),
            "Central", List.of("centraldb"),
            "Artemis", List.of("messaging"),
            "Jms", List.of("messaging"),
            "Http", List.of("purchaseorders"),
            "Smtp", List.of("mail"),
            "Recording", List.of("standins"),
            "InMemory", List.of("standins"));

    private final String base;

    Vocabulary(String base) {
        this.base = base;
    }

    String in(String module) {
        return base + "." + module + "..";
    }

    DescribedPredicate<JavaClass> otherRestockModulesThan(String module) {
        PackageMatcher restock = PackageMatcher.of(base + "..");
        PackageMatcher own = PackageMatcher.of(in(module));
        return DescribedPredicate.describe("belong to another Restock module",
                target -> restock.matches(target.getPackageName()) && !own.matches(target.getPackageName()));
    }

    ArchCondition<JavaClass> notReadTheSystemClock() {
        return eachAccess("not read the system clock (parameterless now(), System.currentTimeMillis(),"
                + " System.nanoTime(), new Date())", target -> {
            String owner = target.getOwner().getName();
            boolean parameterless = target instanceof AccessTarget.CodeUnitAccessTarget codeUnit
                    && codeUnit.getRawParameterTypes().isEmpty();
            return (owner.startsWith("java.time.") && target.getName().equals("now") && parameterless)
                    || (owner.equals("java.lang.System")
                            && Set.of("currentTimeMillis", "nanoTime").contains(target.getName()))
                    || (owner.equals("java.util.Date") && target.getName().equals("<init>") && parameterless);
        });
    }

    ArchCondition<JavaClass> notConstructAdaptersOrTheDomain() {
        String domainWiring = base + ".domain.RestockDomain";
        return new ArchCondition<>("not call new on an adapter of another package or on RestockDomain") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (JavaAccess<?> access : accessesFrom(origin)) {
                    if (!access.getTarget().getName().equals("<init>")) {
                        continue;
                    }
                    JavaClass target = access.getTargetOwner();
                    if (origin.isAssignableTo(target.getName())) {
                        continue; // this(…) or super(…): a class building itself
                    }
                    boolean foreignAdapter = adapterOf(target) != null
                            && !adapterOf(target).equals(adapterOf(origin));
                    if (foreignAdapter || target.getName().equals(domainWiring)) {
                        events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                    }
                }
            }
        };
    }

    /** The technology package an adapter class belongs to ("persistence"), or null. */
    private String adapterOf(JavaClass javaClass) {
        String prefix = base + ".adapters.";
        String name = javaClass.getPackageName();
        if (!name.startsWith(prefix)) {
            return null;
        }
        String rest = name.substring(prefix.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** Ports are the domain interfaces handed over in the {@code Ports} record. */
    DescribedPredicate<JavaClass> implementAPort() {
        Set<String> ports = portNames();
        return DescribedPredicate.describe("implement a domain port",
                javaClass -> !javaClass.isInterface() && javaClass.getAllRawInterfaces().stream()
                        .anyMatch(implemented -> ports.contains(implemented.getName())));
    }

    private Set<String> portNames() {
        String portsRecord = base + ".domain.Ports";
        try {
            RecordComponent[] components = Class.forName(portsRecord, false, Vocabulary.class.getClassLoader())
                    .getRecordComponents();
            return Stream.of(components)
                    .map(component -> component.getType().getName())
                    .filter(type -> type.startsWith(base + ".domain."))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(portsRecord + " is where the ports are listed; it is not on the class path", e);
        }
    }

    static ArchCondition<JavaClass> haveATechnologyPrefix() {
        return new ArchCondition<>("have a simple name starting with a technology prefix") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                String name = javaClass.getSimpleName();
                boolean named = TECHNOLOGY_PREFIXES.stream().anyMatch(name::startsWith);
                events.add(new SimpleConditionEvent(javaClass, named, String.format(
                        "%s implements a port but its name starts with none of the technology prefixes",
                        javaClass.getName())));
            }
        };
    }

    ArchCondition<JavaClass> liveInTheAdapterTheirPrefixNames() {
        return new ArchCondition<>("live in the adapter package their technology prefix names") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                String name = javaClass.getSimpleName();
                TECHNOLOGY_HOMES.forEach((prefix, homes) -> {
                    if (name.startsWith(prefix) && !homes.contains(adapterOf(javaClass))) {
                        events.add(SimpleConditionEvent.violated(javaClass, String.format(
                                "%s is named for %s but lives in adapter package '%s', not in %s",
                                javaClass.getName(), prefix, adapterOf(javaClass), homes)));
                    }
                });
            }
        };
    }

    private static ArchCondition<JavaClass> eachAccess(
            String description, Predicate<AccessTarget> forbidden) {
        return new ArchCondition<>(description) {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (JavaAccess<?> access : accessesFrom(javaClass)) {
                    if (forbidden.test(access.getTarget())) {
                        events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                    }
                }
            }
        };
    }

    /** Calls, field accesses and method or constructor references ({@code Instant::now}). */
    private static Set<JavaAccess<?>> accessesFrom(JavaClass javaClass) {
        Set<JavaAccess<?>> accesses = new LinkedHashSet<>(javaClass.getAccessesFromSelf());
        accesses.addAll(javaClass.getMethodReferencesFromSelf());
        accesses.addAll(javaClass.getConstructorReferencesFromSelf());
        return accesses;
    }
}
