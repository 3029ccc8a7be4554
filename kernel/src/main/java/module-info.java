/**
 * The Dual Impact kernel: domain model, application services and the ports adapters implement.
 * It depends on nothing but {@code java.base}; adapters depend on it, never the other way round.
 */
module org.dualimpact.kernel {
    exports org.dualimpact.kernel.shared;
    exports org.dualimpact.kernel.territory;
    exports org.dualimpact.kernel.organisation;
    exports org.dualimpact.kernel.provision;
    exports org.dualimpact.kernel.tender;
    exports org.dualimpact.kernel.spo;
    exports org.dualimpact.kernel.journal;
    exports org.dualimpact.kernel.ledger;
    exports org.dualimpact.kernel.diagnostic;
    exports org.dualimpact.kernel.framework;
    exports org.dualimpact.kernel.catalogue;
    exports org.dualimpact.kernel.scoring;
    exports org.dualimpact.kernel.sroi;
    exports org.dualimpact.kernel.mapping;
    exports org.dualimpact.kernel.rollup;
    exports org.dualimpact.kernel.identity;
    exports org.dualimpact.kernel.notification;
    exports org.dualimpact.kernel.evidence;
}
