package dev.trackboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The dashboard's module boundaries (the embedded back end has its own: EmbeddedModeBoundaryTest). */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.trackboard");

    @Test
    void onlyTheApiClientSpeaksHttpAndJson() {
        noClasses().that().resideOutsideOfPackages("dev.trackboard.api..", "dev.trackboard.embedded..")
                .should().dependOnClassesThat().resideInAnyPackage("okhttp3..", "okio..", "com.fasterxml.jackson..")
                .because("the API client is the one place that knows URLs, JSON and status codes")
                .check(MAIN);
    }

    @Test
    void onlyFeatureClientsMakeApiCalls() {
        noClasses().that().resideOutsideOfPackage("dev.trackboard.api..")
                .should().dependOnClassesThat().haveFullyQualifiedName("dev.trackboard.api.ApiCalls")
                .because("each feature's client (api.guild, api.tracking, api.status) describes its endpoints")
                .check(MAIN);
    }

    @Test
    void theApiClientKnowsNothingOfTheUi() {
        noClasses().that().resideInAPackage("dev.trackboard.api..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "dev.trackboard..ui..")
                .check(MAIN);
    }

    @Test
    void viewsGoThroughServicesNotTheClient() {
        noClasses().that().resideInAPackage("dev.trackboard..ui..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Client")
                .andShould().dependOnClassesThat().haveSimpleName("ApiSession")
                .because("views call services, which hold the signed-in user's API session")
                .check(MAIN);
    }

    @Test
    void servicesHoldNoUiComponents() {
        noClasses().that().resideInAPackage("dev.trackboard..")
                .and().resideOutsideOfPackages("dev.trackboard..ui..", "dev.trackboard")
                .and().haveSimpleNameEndingWith("Service")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin.flow.component..")
                .check(MAIN);
    }

    /**
     * Vaadin denies a route that says nothing, and with two annotations one silently wins: each
     * screen (and error page, which is a navigation target too) states who may open it, once.
     */
    @Test
    void everyRouteHasExactlyOneAccessAnnotation() {
        classes().that().areAnnotatedWith(Route.class)
                .or().implement(HasErrorParameter.class).and().doNotHaveModifier(JavaModifier.ABSTRACT)
                .should(haveExactlyOneOf(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class, DenyAll.class))
                .check(MAIN);
    }

    @SafeVarargs
    private static ArchCondition<JavaClass> haveExactlyOneOf(Class<? extends Annotation>... annotations) {
        String names = Stream.of(annotations).map(type -> "@" + type.getSimpleName()).collect(Collectors.joining(", "));
        return new ArchCondition<>("have exactly one of " + names) {
            @Override
            public void check(JavaClass route, ConditionEvents events) {
                long present = Stream.of(annotations).filter(route::isAnnotatedWith).count();
                if (present != 1) {
                    events.add(SimpleConditionEvent.violated(route,
                            route.getName() + " has " + present + " of " + names));
                }
            }
        };
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("dev.trackboard.(*)..").should().beFreeOfCycles().check(MAIN);
    }
}
