package org.iom.americas.it;

import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive the integration tests deploy: the very WAR this module builds for Payara Micro, plus the test
 * package and AssertJ. Tests exercise what ships, not a hand-picked list of classes.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive coordinationWar() {
        File built = new File(System.getProperty("coordination.war", "target/coordination.war"));
        return ShrinkWrap.create(ZipImporter.class, "coordination.war").importFrom(built).as(WebArchive.class)
                .addPackage(Deployments.class.getPackage())
                .addAsLibraries(jarOf(Assertions.class));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
