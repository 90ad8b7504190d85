package org.iom.americas.web.platform;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.iom.americas.kernel.json.SharedJson;

/**
 * {@code /health/live} and {@code /health/ready} inside the application. Payara serves the MicroProfile ones at the
 * server's root, but an application deployed at "/" (the launcher, most production set-ups) hides them; these answer
 * there, in the same form, with the same readiness check, for load balancers and orchestrators.
 */
@WebServlet(urlPatterns = {"/health/live", "/health/ready"})
public class HealthProbes extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    @Readiness
    DatabaseReadiness readiness;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean ready = request.getServletPath().endsWith("/ready");
        var body = SharedJson.objectBuilder();
        var checks = SharedJson.arrayBuilder();
        boolean up = true;
        if (ready) {
            HealthCheckResponse database = readiness.call();
            up = database.getStatus() == HealthCheckResponse.Status.UP;
            var data = SharedJson.objectBuilder();
            database.getData().ifPresent(values -> values.forEach((k, v) -> data.add(k, String.valueOf(v))));
            checks.add(SharedJson.objectBuilder().add("name", database.getName())
                    .add("status", database.getStatus().name()).add("data", data));
        }
        response.setStatus(up ? 200 : 503);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(body.add("status", up ? "UP" : "DOWN").add("checks", checks).build().toString());
    }
}
