package dev.trackboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("dev.trackboard.(*)..").should().beFreeOfCycles().check(MAIN);
    }
}
