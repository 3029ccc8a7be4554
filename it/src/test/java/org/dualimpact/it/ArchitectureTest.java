package org.dualimpact.it;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The boundaries of the hexagon, checked on the compiled classes of every module. Each rule says
 * why it exists.
 */
class ArchitectureTest {

    private static final String KERNEL = "org.dualimpact.kernel..";
    private static final String PERSISTENCE = "org.dualimpact.persistence..";
    private static final String LEDGER = "org.dualimpact.ledger..";
    private static final String WEB = "org.dualimpact.web..";
    private static final String BATCH = "org.dualimpact.batch..";
    private static final String WIRING = "org.dualimpact.wiring..";
    private static final String IMPORTING = "org.dualimpact.importing..";
    private static final String MAIL = "org.dualimpact.mail..";
    private static final String DOCUMENTS = "org.dualimpact.documents..";
    private static final String CONSOLE = "org.dualimpact.console..";
    /** What the persistence adapter publishes to the WARs: start-up schema migration. */
    private static final String PERSISTENCE_PUBLISHED = "org.dualimpact.persistence.schema..";
    /** The ledger export's file format (JSON Lines, what the offline verifier reads): no storage in it. */
    private static final String LEDGER_PUBLISHED = "org.dualimpact.ledger.export..";

    private static JavaClasses all;
    private static JavaClasses kernel;
    private static JavaClasses verifier;

    @BeforeAll
    static void importModules() {
        Path root = Path.of(System.getProperty("it.project.root", ".."));
        List<Path> modules = List.of("kernel", "adapters-persistence", "adapters-ledger", "adapters-import", "adapters-mail", "adapters-documents",
                "adapters-wiring", "adapters-web", "adapters-batch", "adapters-console")
                .stream().map(m -> root.resolve(m).resolve("target/classes")).toList();
        for (Path module : modules) {
            assertTrue(module.toFile().isDirectory(), module + " is not built");
        }
        all = new ClassFileImporter().importPaths(modules);
        verifier = new ClassFileImporter().importPaths(root.resolve("ledger-verifier/target/classes"));
        assertTrue(verifier.size() > 1, "ledger-verifier is not built");
        kernel = new ClassFileImporter().importPaths(modules.get(0));
        assertTrue(kernel.size() > 10, "too few kernel classes imported: " + kernel.size());
    }

    @Test
    void kernelDependsOnlyOnTheJdk() {
        classes().that().resideInAPackage(KERNEL)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", KERNEL)
                .because("the kernel is the framework-free domain: no jakarta.*, EclipseLink, MicroProfile or CDI, "
                        + "so it can be tested in milliseconds and outlives any runtime")
                .check(kernel);
    }

    @Test
    void theOfflineVerifierStandsAlone() {
        classes().that().resideInAPackage("org.dualimpact.verifier..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.dualimpact.verifier..")
                .because("auditors run it without trusting the operator: it shares no code with the server it checks")
                .check(verifier);
    }

    @Test
    void kernelPackagesAreFreeOfCycles() {
        slices().matching("org.dualimpact.kernel.(*)..")
                .should().beFreeOfCycles()
                .because("each kernel package must be understood, tested and changed from the packages below it: "
                        + "a cycle (as spo and tender once were) makes two areas one, so neither can be read alone; "
                        + "where a lower package must set something in motion above it, it declares a port "
                        + "(tender's AwardFollowUp, implemented in spo)")
                .check(kernel);
    }

    @Test
    void kernelNeverReachesIntoAnAdapter() {
        noClasses().that().resideInAPackage(KERNEL)
                .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, LEDGER, IMPORTING, MAIL, DOCUMENTS, WIRING, WEB, BATCH,
                        CONSOLE)
                .because("dependencies point inward: adapters implement the kernel's ports, never the reverse")
                .check(all);
    }

    @Test
    void jaxRsLivesOnlyInTheWebAdapter() {
        noClasses().that().resideOutsideOfPackage(WEB)
                .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
                .because("the API is one way in among several (console, batch, tests); only the web adapter speaks "
                        + "JAX-RS, and the console serves its pages with plain servlets")
                .check(all);
    }

    @Test
    void mailLivesOnlyInTheMailAdapter() {
        noClasses().that().resideOutsideOfPackage(MAIL)
                .should().dependOnClassesThat().resideInAPackage("jakarta.mail..")
                .because("how mail leaves the server (SMTP or the development outbox) is chosen in one adapter")
                .check(all);
        noClasses().that().resideInAnyPackage(WEB, BATCH, CONSOLE, PERSISTENCE, LEDGER, IMPORTING, DOCUMENTS)
                .should().dependOnClassesThat().resideInAPackage(MAIL)
                .because("the rest of the product sends and reads mail through the kernel's Mailer and MailOutbox ports")
                .check(all);
    }

    @Test
    void jpaLivesOnlyInThePersistenceAndLedgerAdapters() {
        noClasses().that().resideOutsideOfPackages(PERSISTENCE, LEDGER)
                .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
                .because("entities and mappings are storage details behind the kernel's repository ports")
                .check(all);
    }

    @Test
    void theImportAdapterOnlyTurnsFilesIntoDefinitions() {
        noClasses().that().resideInAPackage(IMPORTING)
                .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, LEDGER, WEB, BATCH, "jakarta.ws.rs..",
                        "jakarta.enterprise..", "jakarta.persistence..")
                .because("reading a file is syntax and shape only: the callers (HTTP resources, start-up, the batch "
                        + "reference-data check) hand its typed definitions to the kernel's services, which keep the "
                        + "domain rules, so the readers are tested without a server")
                .check(all);
    }

    @Test
    void onlyTheWarsCallTheImportAdapter() {
        classes().that().resideInAPackage(IMPORTING)
                .should().onlyHaveDependentClassesThat().resideInAnyPackage(IMPORTING, WEB, BATCH)
                .because("the import adapter sits in the EAR's lib/ so both WARs read the same shipped files: the web "
                        + "WAR installs them at start-up and takes uploads, the batch WAR's reference-data check compares "
                        + "the store with them; the kernel, the driven adapters and the wiring take typed definitions only")
                .check(all);
    }

    @Test
    void csvIsReadOnlyInTheImportAdapter() {
        noClasses().that().resideOutsideOfPackage(IMPORTING)
                .should().dependOnClassesThat().resideInAPackage("org.apache.commons.csv..")
                .because("file formats are an adapter's work, in one place: the kernel takes typed definitions, and "
                        + "every imported file reports its mistakes by line the same way")
                .check(all);
    }

    @Test
    void onlyTheDocumentsAdapterWritesPdf() {
        noClasses().that().resideOutsideOfPackage(DOCUMENTS)
                .and(DescribedPredicate.describe("not the tender evaluation's renderer",
                        (JavaClass c) -> !c.getName().startsWith("org.dualimpact.web.scoring.OpenPdfEvaluationRenderer")))
                .should().dependOnClassesThat().resideInAPackage("com.lowagie..")
                .because("the API and the console serve the same documents: the renderer ports are implemented once, "
                        + "in the EAR's lib/, and every other module asks the kernel's document services for them; "
                        + "only the tender evaluation's PDF stays beside the API's scoring views, whose text it prints")
                .check(all);
        classes().that().resideInAPackage(DOCUMENTS)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", KERNEL, DOCUMENTS, "com.lowagie..",
                        "jakarta.enterprise..")
                .because("a renderer turns a resolved document into bytes: it reads no store, no request and no other adapter")
                .check(all);
    }

    @Test
    void drivenAdaptersDoNotKnowEachOther() {
        noClasses().that().resideInAPackage(PERSISTENCE)
                .should().dependOnClassesThat().resideInAnyPackage(LEDGER, IMPORTING, WEB, BATCH)
                .because("the persistence adapter implements ports; it must not depend on other adapters")
                .check(all);
        noClasses().that().resideInAPackage(LEDGER)
                .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, IMPORTING, WEB, BATCH)
                .because("the ledger store stands alone so auditors can reason about it in isolation")
                .check(all);
    }

    @Test
    void drivingAdaptersUseStoresOnlyThroughKernelPorts() {
        noClasses().that().resideInAnyPackage(WEB, BATCH, CONSOLE)
                .should().dependOnClassesThat(
                        DescribedPredicate.describe("internals of the persistence or ledger adapter",
                                c -> (c.getPackageName().startsWith("org.dualimpact.persistence")
                                        && !c.getPackageName().startsWith("org.dualimpact.persistence.schema"))
                                        || (c.getPackageName().startsWith("org.dualimpact.ledger")
                                                && !c.getPackageName().startsWith("org.dualimpact.ledger.export"))))
                .because("the WARs reach storage through kernel ports wired by CDI; only the schema migration ("
                        + PERSISTENCE_PUBLISHED + ") is published to them for start-up, and the ledger export's file "
                        + "format (" + LEDGER_PUBLISHED + ") for the auditor's download")
                .check(all);
        noClasses().that().resideInAPackage(WEB).should().dependOnClassesThat().resideInAnyPackage(BATCH, CONSOLE)
                .because("the WARs are deployed side by side and share only the lib/ jars").check(all);
        noClasses().that().resideInAPackage(BATCH).should().dependOnClassesThat().resideInAnyPackage(WEB, CONSOLE)
                .because("the WARs are deployed side by side and share only the lib/ jars").check(all);
        noClasses().that().resideInAPackage(CONSOLE).should().dependOnClassesThat().resideInAnyPackage(WEB, BATCH)
                .because("the console is a driving adapter of its own: it calls the kernel's services in-process, "
                        + "not the API's resources, and shares only the lib/ jars with the other WARs").check(all);
    }

    @Test
    void kernelServicesAreBuiltInOneSharedPlace() {
        classes().that().resideInAPackage(WIRING)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", KERNEL, WIRING, "jakarta.enterprise..",
                        "jakarta.inject..", "org.eclipse.microprofile.config..")
                .because("the wiring jar builds kernel services from kernel ports for both WARs and does nothing else: "
                        + "it knows no adapter class, so any adapter implementing a port can be wired in")
                .check(all);
        noClasses().that().resideInAnyPackage(PERSISTENCE, LEDGER, DOCUMENTS)
                .should().dependOnClassesThat().resideInAPackage(WIRING)
                .because("driven adapters implement ports; they are wired, they do not wire").check(all);
        noClasses().that().resideInAnyPackage(WEB, BATCH, CONSOLE)
                .should().dependOnClassesThat().resideInAPackage(WIRING)
                .because("the WARs receive kernel services by CDI injection from the one wiring jar in lib/, never by "
                        + "calling it, so no WAR builds its own copy of a service another also uses (the API's "
                        + "EvaluationDocumentProducer builds the one service only the API uses, beside its renderer)")
                .check(all);
    }

    @Test
    void everyResourceMethodDeclaresWhoMayCallIt() {
        methods().that().areDeclaredInClassesThat().resideInAPackage(WEB)
                .and().areAnnotatedWith("jakarta.ws.rs.GET")
                .or().areAnnotatedWith("jakarta.ws.rs.POST")
                .or().areAnnotatedWith("jakarta.ws.rs.PUT")
                .or().areAnnotatedWith("jakarta.ws.rs.DELETE")
                .or().areAnnotatedWith("jakarta.ws.rs.PATCH")
                .should(declareAccess())
                .because("security is part of every feature: an endpoint without declared roles is refused at run time "
                        + "and must not be written")
                .check(all);
    }

    private static ArchCondition<JavaMethod> declareAccess() {
        List<String> annotations = List.of("jakarta.annotation.security.RolesAllowed",
                "jakarta.annotation.security.PermitAll", "jakarta.annotation.security.DenyAll");
        return new ArchCondition<>("declare @RolesAllowed, @PermitAll or @DenyAll on the method or its class") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean declared = annotations.stream().anyMatch(a -> method.isAnnotatedWith(a)
                        || method.getOwner().isAnnotatedWith(a));
                events.add(new SimpleConditionEvent(method, declared, method.getFullName() + " declares no roles"));
            }
        };
    }
}
