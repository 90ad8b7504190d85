package org.iom.americas.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.inject.Named;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;

/**
 * The module rules of the style guide, checked on every build: dependencies point one way (web → module
 * boundaries → shared kernel), a module's {@code entity} and {@code control} packages are its own, and names say
 * what a class is.
 */
@AnalyzeClasses(packages = "org.iom.americas", importOptions = {ImportOption.DoNotIncludeTests.class})
class ModuleRulesTest {

    private static final String[] MODULES = {"partners", "projects", "responses"};

    @ArchTest
    static final ArchRule theKernelDependsOnNoModule = noClasses()
            .that().resideInAPackage("org.iom.americas.kernel..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.iom.americas.partners..", "org.iom.americas.projects..", "org.iom.americas.responses..",
                    "org.iom.americas.web..");

    @ArchTest
    static final ArchRule noModuleDependsOnTheWeb = noClasses()
            .that().resideInAnyPackage("org.iom.americas.partners..", "org.iom.americas.projects..",
                    "org.iom.americas.responses..")
            .should().dependOnClassesThat().resideInAPackage("org.iom.americas.web..");

    @ArchTest
    static final ArchRule modulesAreFreeOfCycles = slices()
            .matching("org.iom.americas.(partners|projects|responses)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule internalsStayInsideTheirModule = classes()
            .that().resideInAnyPackage("..entity..", "..control..")
            .and().resideOutsideOfPackage("org.iom.americas.kernel..")
            .should(new InternalToItsModule(MODULES));

    @ArchTest
    static final ArchRule entitiesLiveInEntityPackagesOrTheKernel = classes()
            .that().areAnnotatedWith(Entity.class)
            .should().resideInAnyPackage("..entity..", "org.iom.americas.kernel..");

    /**
     * The shared (second-level) cache holds only reference data, which changes with a migration and never while
     * instances run: every other entity is read from the database, so an instance of a cluster never serves another
     * instance's stale copy. An entity that needs caching needs cache coordination first (README, production).
     */
    @ArchTest
    static final ArchRule onlyReferenceDataIsCachedAcrossTransactions = classes()
            .that().areAnnotatedWith(Cacheable.class)
            .should().resideInAPackage("org.iom.americas.kernel.reference..");

    /** See {@link org.iom.americas.kernel.paging.ViewHash}: JSON-B hashes every object it writes. */
    @ArchTest
    static final ArchRule versionedViewsHashByIdentityAndVersion = classes()
            .that(new DescribedPredicate<JavaClass>("are views of versioned records") {
                @Override
                public boolean test(JavaClass type) {
                    return type.getSimpleName().endsWith("View") && type.getRawSuperclass()
                            .map(superclass -> superclass.isEquivalentTo(Record.class)).orElse(false)
                            && type.tryGetField("id").isPresent() && type.tryGetField("version").isPresent();
                }
            })
            .should(new ArchCondition<JavaClass>("hash by identity and version (ViewHash)") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    boolean hashes = type.getMethods().stream().anyMatch(method -> method.getName().equals("hashCode")
                            && method.getRawParameterTypes().isEmpty()
                            && method.getMethodCallsFromSelf().stream().anyMatch(call -> call.getTargetOwner()
                                    .getSimpleName().equals("ViewHash")));
                    if (!hashes) {
                        events.add(SimpleConditionEvent.violated(type, type.getName()
                                + " does not hash by identity and version; return ViewHash.of(id, version)"));
                    }
                }
            });

    @ArchTest
    static final ArchRule resourcesArePluralResources = classes()
            .that().areAnnotatedWith(Path.class)
            .should().haveSimpleNameEndingWith("sResource").andShould().resideInAPackage("org.iom.americas.web.api..");

    @ArchTest
    static final ArchRule pageBeansAreBackings = classes()
            .that().areAnnotatedWith(Named.class).and().resideInAPackage("org.iom.americas.web..")
            .should().haveSimpleNameEndingWith("Backing");

    @ArchTest
    static final ArchRule noVagueNames = noClasses()
            .should().haveSimpleNameEndingWith("Impl")
            .orShould().haveSimpleNameEndingWith("Manager")
            .orShould().haveSimpleNameEndingWith("Helper")
            .orShould().haveSimpleNameEndingWith("Util");
}
