package org.iom.americas.it;

import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
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
                .addAsLibraries(jarOf(Assertions.class))
                .addAsLibraries(testRunnerAccess());
    }

    /**
     * The application admits nobody unsigned-in; Arquillian's test-runner servlet must be reachable to run the
     * tests inside the server. A web fragment opens exactly its address, in the test archive only.
     */
    private static JavaArchive testRunnerAccess() {
        return ShrinkWrap.create(JavaArchive.class, "arquillian-runner-access.jar")
                .addAsManifestResource(new StringAsset("""
                        <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0"
                                      metadata-complete="true">
                            <name>arquillian_runner_access</name>
                            <security-constraint>
                                <web-resource-collection>
                                    <web-resource-name>arquillian</web-resource-name>
                                    <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                                    <url-pattern>/ArquillianServletRunner</url-pattern>
                                </web-resource-collection>
                            </security-constraint>
                        </web-fragment>
                        """), "web-fragment.xml");
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
